"""p980-6: national newspaper (VnExpress style), Hà Nội inspection backlog, March 2023."""
from lib import F, P, I, C, T, build

TEXT = """Thời sự > Giao thông
Thứ tư, 8/3/2023, 18:40 (GMT+7)

Hà Nội còn 13 trung tâm đăng kiểm hoạt động, xe xếp hàng dài

Sau khi nhiều lãnh đạo, đăng kiểm viên bị khởi tố, Hà Nội hiện chỉ còn 13/31 trung tâm đăng kiểm hoạt động, nhiều chủ xe phải xếp hàng từ 4h sáng.

Theo Sở Giao thông vận tải Hà Nội, trước khi xảy ra sự việc, 31 trung tâm với 61 dây chuyền kiểm định được khoảng 5.000 xe mỗi ngày. Hiện số trung tâm còn hoạt động chỉ đáp ứng khoảng 2.200 xe/ngày, bằng 44% công suất trước đây, trong khi nhu cầu thực tế lên tới 4.500-5.000 xe/ngày.

Tại Trung tâm đăng kiểm 29-06V trên đường Pháp Vân (quận Hoàng Mai), hàng xe dài gần 1 km. Anh Hoàng Văn Năm, chủ xe Innova đời 2015, cho biết đã xếp hàng hơn 8 tiếng nhưng chưa đến lượt.

Cục Đăng kiểm Việt Nam cho biết, cả nước có 283 trung tâm, trong đó 46 trung tâm đã phải đóng cửa (chiếm 16,3%). Từ đầu năm đến nay, lượng xe đến kiểm định trên toàn quốc khoảng 1,1 triệu lượt, tăng khoảng 30% so với cùng kỳ năm 2022 do nhiều xe dồn đi kiểm định trước khi hết hạn.

Để giảm ùn tắc, Cục dự kiến điều động 120 đăng kiểm viên từ các tỉnh về hỗ trợ Hà Nội và TP HCM, đồng thời mở lại 5 trung tâm tại Hà Nội trong tuần tới. Bộ Giao thông vận tải cũng đề xuất miễn kiểm định lần đầu cho xe mới, ước tính giảm khoảng 15% lượng xe phải đến trung tâm.

Đoàn Loan
"""

YTD = P("Từ đầu năm đến nay", "2023-01-01", "2023-03-08")

FIGS = [
    F("còn 13 trung tâm", "13", 13, "count", "trung tâm đăng kiểm", "trung tâm đăng kiểm hoạt động"),
    F("13/31 trung tâm", "13", 13, "count", "trung tâm", "trung tâm đăng kiểm hoạt động", total=31),
    F("sự việc, 31 trung tâm", "31", 31, "count", "trung tâm", "trung tâm đăng kiểm"),
    F("với 61 dây chuyền", "61", 61, "count", "dây chuyền", "dây chuyền kiểm định"),
    F("khoảng 5.000 xe mỗi ngày", "5.000", 5000, "measure", "xe/ngày",
      "xe kiểm định mỗi ngày trước khi xảy ra sự việc", approx="about"),
    F("khoảng 2.200 xe/ngày", "2.200", 2200, "measure", "xe/ngày",
      "số xe các trung tâm còn hoạt động đáp ứng", approx="about", percent=44),
    F("lên tới 4.500-5.000 xe/ngày", "4.500", 4500, "measure", "xe/ngày", "nhu cầu kiểm định thực tế",
      value_max=5000),
    F("gần 1 km", "1", 1, "measure", "km", "chiều dài hàng xe chờ kiểm định tại Trung tâm 29-06V",
      approx="nearly", location="Hoàng Mai"),
    F("hơn 8 tiếng", "8", 8, "measure", "tiếng", "thời gian xếp hàng", approx="over",
      location="Hoàng Mai"),
    F("có 283 trung tâm", "283", 283, "count", "trung tâm", "trung tâm đăng kiểm",
      location="Việt Nam"),
    F("46 trung tâm", "46", 46, "count", "trung tâm", "trung tâm đăng kiểm phải đóng cửa",
      total=283, percent=16.3, location="Việt Nam"),
    F("khoảng 1,1 triệu lượt", "1,1", 1.1e6, "count", "lượt", "lượng xe đến kiểm định",
      approx="about", change=C("increase", 30, "%", "cùng kỳ năm 2022", approx="about"),
      period=YTD, location="Việt Nam"),
    F("điều động 120 đăng kiểm viên", "120", 120, "count", "đăng kiểm viên",
      "đăng kiểm viên điều động hỗ trợ Hà Nội và TP HCM", status="forecast", location="Việt Nam"),
    F("mở lại 5 trung tâm", "5", 5, "count", "trung tâm", "trung tâm đăng kiểm mở lại",
      status="forecast"),
    F("khoảng 15% lượng xe", "15", 15, "percent", "%", "lượng xe phải đến trung tâm giảm",
      approx="about", status="estimate", location="Việt Nam"),
]

NOTES = [
    "National newspaper (VnExpress style), 'Thứ tư, 8/3/2023, 18:40 (GMT+7)', byline at the end. Default location Hà Nội;",
    "the Cục's national figures (283, 46, 1,1 triệu, 120 đăng kiểm viên sent to Hà Nội and TP HCM, the 15% effect) are Việt Nam.",
    "Not figures: '4h sáng' (time), 29-06V, đường Pháp Vân, 'đời 2015' (model year), 'Anh Hoàng Văn Năm', 'trong tuần tới'.",
    "The headline '13 trung tâm' is a figure of its own (no total); '13/31' gives total 31. 'Từ đầu năm đến nay' ends at the dateline.",
    "Daily capacities are rates (measure xe/ngày); 'bằng 44% công suất trước đây' is the share of 2.200 xe/ngày.",
    "'ước tính giảm khoảng 15%' (no base amount) is a percent figure, status estimate.",
    "revised after the first run: subject of 'gần 1 km' now names the dimension ('chiều dài hàng xe ...'), as every other measure in the set does.",
]

build("p980-6", TEXT, FIGS, NOTES, published="2023-03-08", location="Hà Nội")
