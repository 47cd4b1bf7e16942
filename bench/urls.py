"""The app's URLs plus the baseline page: only `bench.settings` points ROOT_URLCONF here,
so the baseline never exists in a deployment."""

from django.urls import path

from pivotapp.urls import urlpatterns as app_urlpatterns

from .baseline import baseline

urlpatterns = [path("__bench__/baseline/", baseline, name="bench_baseline"), *app_urlpatterns]
