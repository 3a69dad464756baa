"""p846-4: ministry site (Bộ NN&PTNT / Cục Trồng trọt), national khoai môn, khoai sọ, 2023."""
from lib import F, change, inherit, upto, write, year

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ » Tin tức » Trồng trọt
Khoai môn, khoai sọ: cây có củ cho giá trị cao
Ngày đăng: 05/03/2024 | Lượt xem: 1.107

Theo Cục Trồng trọt, năm 2023 diện tích khoai môn, khoai sọ cả nước đạt khoảng 33.800 ha, sản lượng ước đạt 545.000 tấn, tăng 4,8% so với năm 2022. Các tỉnh có diện tích lớn nhất lần lượt là Lạng Sơn (2.950 ha), Bắc Kạn (2.120 ha), Hà Giang (1.870 ha) và Thái Bình (1.640 ha).

Năng suất bình quân cả nước đạt 161,2 tạ/ha; nhiều vùng chuyên canh áp dụng quy trình thâm canh đạt trên 250 tạ/ha.

Về xuất khẩu, năm 2023 kim ngạch xuất khẩu khoai môn đông lạnh và khoai môn sấy đạt 52,4 triệu USD, tăng 11,6% so với năm trước; trong đó thị trường Nhật Bản chiếm 38,5%, Hoa Kỳ chiếm 21%. Giá xuất khẩu bình quân khoảng 1.450 USD/tấn.

Hiện cả nước có 14 chỉ dẫn địa lý và nhãn hiệu chứng nhận cho khoai môn, khoai sọ, tiêu biểu như khoai môn Thất Khê, khoai sọ Bắc Hà.

Theo Đề án phát triển cây có củ ban hành kèm Quyết định số 1520/QĐ-BNN-TT, mục tiêu đến năm 2030 diện tích khoai môn, khoai sọ đạt 40.000 ha, trong đó ít nhất 30% diện tích được chứng nhận VietGAP hoặc hữu cơ; kim ngạch xuất khẩu đạt 100 triệu USD.

Cục Trồng trọt đề nghị các địa phương rà soát quy hoạch vùng sản xuất tập trung, hỗ trợ cấp mã số vùng trồng và kết nối doanh nghiệp bao tiêu sản phẩm.

Cục Trồng trọt - Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3823.4651
"""

Y23 = year("năm 2023", 2023)
Y23i = inherit(Y23)
T30 = upto("đến năm 2030", "2030-12-31")
AREA = "diện tích khoai môn, khoai sọ"
EXP = "kim ngạch xuất khẩu khoai môn đông lạnh và khoai môn sấy"

FIGS = [
    F("khoảng 33.800 ha", "33.800", 33800, "measure", "ha", AREA, approx="about", period=Y23),
    F("ước đạt 545.000 tấn", "545.000", 545000, "measure", "tấn", "sản lượng khoai môn, khoai sọ",
      status="estimate", change=change("increase", 4.8, "%", "năm 2022"), period=Y23),
    F("Lạng Sơn (2.950 ha)", "2.950", 2950, "measure", "ha", AREA, period=Y23i, location="Lạng Sơn"),
    F("Bắc Kạn (2.120 ha)", "2.120", 2120, "measure", "ha", AREA, period=Y23i, location="Bắc Kạn"),
    F("Hà Giang (1.870 ha)", "1.870", 1870, "measure", "ha", AREA, period=Y23i, location="Hà Giang"),
    F("Thái Bình (1.640 ha)", "1.640", 1640, "measure", "ha", AREA, period=Y23i, location="Thái Bình"),
    F("đạt 161,2 tạ/ha", "161,2", 161.2, "measure", "tạ/ha", "năng suất bình quân khoai môn, khoai sọ",
      period=Y23i),
    F("trên 250 tạ/ha", "250", 250, "measure", "tạ/ha", "năng suất vùng chuyên canh thâm canh",
      approx="over", period=Y23i),
    F("đạt 52,4 triệu USD", "52,4", 52.4e6, "money", "USD", EXP,
      change=change("increase", 11.6, "%", "năm trước"), period=Y23),
    F("chiếm 38,5%", "38,5", 38.5, "percent", "%", "thị trường Nhật Bản trong kim ngạch xuất khẩu khoai môn",
      period=Y23),
    F("Hoa Kỳ chiếm 21%", "21", 21, "percent", "%", "thị trường Hoa Kỳ trong kim ngạch xuất khẩu khoai môn",
      period=Y23),
    F("khoảng 1.450 USD/tấn", "1.450", 1450, "money", "USD/tấn", "giá xuất khẩu bình quân khoai môn",
      approx="about", period=Y23i),
    F("có 14 chỉ dẫn", "14", 14, "count", "chỉ dẫn địa lý và nhãn hiệu chứng nhận",
      "chỉ dẫn địa lý và nhãn hiệu chứng nhận cho khoai môn, khoai sọ"),
    F("đạt 40.000 ha", "40.000", 40000, "measure", "ha", AREA, status="target", period=T30),
    F("ít nhất 30% diện tích", "30", 30, "percent", "%", "diện tích được chứng nhận VietGAP hoặc hữu cơ",
      approx="at_least", status="target", period=T30),
    F("đạt 100 triệu USD", "100", 100e6, "money", "USD", "kim ngạch xuất khẩu",
      status="target", period=T30),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT, Cục Trồng trọt): national taro figures 2023, export, 2030 targets. Location Việt Nam.",
    "Distractors: Ngày đăng, Lượt xem 1.107, Quyết định số 1520/QĐ-BNN-TT, address Số 2 Ngọc Hà, phone 024.3823.4651.",
    "'lần lượt là Lạng Sơn (2.950 ha), ...' shares the indicator 'diện tích'; each province is its location; no total (a ranking).",
    "'trong đó thị trường Nhật Bản chiếm 38,5%, Hoa Kỳ chiếm 21%' are shares of the export value: percent figures of their own,",
    "location Việt Nam (trade partners are not places of figures). 'ít nhất 30% diện tích' is a percent figure, status target.",
]

if __name__ == "__main__":
    write(4, TEXT, FIGS, NOTES, published="2024-03-05", location="Việt Nam")
