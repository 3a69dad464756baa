"""p1384-4: ministry site (Cục Du lịch Quốc gia Việt Nam, Bộ VHTTDL): national public toilets at tourist sites, mid-2024."""
from lib import F, P, inh, ch, tg, write

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
CỤC DU LỊCH QUỐC GIA VIỆT NAM
Trang chủ > Tin tức > Quản lý điểm đến

Nâng cao chất lượng nhà vệ sinh công cộng tại các khu, điểm du lịch

28/08/2024 | 15:10 | Phòng Lữ hành

Theo báo cáo của 63 tỉnh, thành phố, đến hết tháng 6/2024, cả nước có khoảng 15.200 nhà vệ sinh công cộng phục vụ khách du lịch, tăng gần 1.100 nhà so với cuối năm 2022. Trong đó, khoảng 11.400 nhà vệ sinh đạt chuẩn theo bộ tiêu chí của Cục Du lịch Quốc gia Việt Nam, chiếm 75%.

Tuy nhiên, tại nhiều chợ truyền thống và điểm du lịch tâm linh, nhà vệ sinh còn xuống cấp, thiếu nước sạch; có 17 địa phương tỷ lệ đạt chuẩn dưới 60%. Các địa phương có tỷ lệ nhà vệ sinh đạt chuẩn cao nhất là Đà Nẵng (96,4%), Quảng Ninh (93,1%) và Thừa Thiên Huế (91,7%).

Theo Báo cáo Chỉ số phát triển du lịch và lữ hành năm 2024 của Diễn đàn Kinh tế thế giới (WEF), trụ cột y tế và vệ sinh của Việt Nam xếp thứ 79, tăng 6 bậc so với năm 2021.

Ứng dụng "VNToilet 360" do Cục phối hợp với Công ty cổ phần Công nghệ Sao Việt phát triển đã cập nhật vị trí hơn 4.000 nhà vệ sinh tại 35 tỉnh, thành phố, với khoảng 250.000 lượt tải.

Cục Du lịch Quốc gia Việt Nam đặt mục tiêu đến năm 2025 có ít nhất 85% nhà vệ sinh tại khu, điểm du lịch đạt chuẩn, đến năm 2030 đạt 100%; đề nghị các địa phương thực hiện nghiêm Chỉ thị số 08/CT-TTg của Thủ tướng Chính phủ.

Cục Du lịch Quốc gia Việt Nam - 80 Quán Sứ, Hoàn Kiếm, Hà Nội
Điện thoại: 024.3942.3760
"""

ASOF = P("đến hết tháng 6/2024", None, "2024-06-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
RATE = "tỷ lệ nhà vệ sinh đạt chuẩn"

FIGS = [
    F("của 63 tỉnh", "63", 63, "count", "tỉnh, thành phố", subject="tỉnh, thành phố báo cáo"),
    F("khoảng 15.200 nhà", "15.200", 15200, "count", "nhà vệ sinh", approx="about",
      change=ch("increase", 1100, "nhà", "cuối năm 2022", approx="nearly"),
      subject="nhà vệ sinh công cộng phục vụ khách du lịch", period=ASOF),
    F("khoảng 11.400 nhà", "11.400", 11400, "count", "nhà vệ sinh", approx="about", total=15200, percent=75,
      subject="nhà vệ sinh đạt chuẩn theo bộ tiêu chí của Cục Du lịch Quốc gia Việt Nam", period=inh(ASOF)),
    F("có 17 địa phương", "17", 17, "count", "địa phương",
      subject="địa phương tỷ lệ nhà vệ sinh đạt chuẩn dưới 60%"),
    F("dưới 60%", "60", 60, "percent", "%", approx="under", subject="tỷ lệ đạt chuẩn", optional=True),
    F("Nẵng (96,4%)", "96,4", 96.4, "percent", "%", subject=RATE, location="Đà Nẵng"),
    F("Ninh (93,1%)", "93,1", 93.1, "percent", "%", subject=RATE, location="Quảng Ninh"),
    F("Huế (91,7%)", "91,7", 91.7, "percent", "%", subject=RATE, location="Thừa Thiên Huế"),
    F("xếp thứ 79", "79", 79, "rank", "hạng", change=ch("increase", 6, "bậc", "năm 2021"),
      subject="trụ cột y tế và vệ sinh", period=Y24),
    F("hơn 4.000 nhà", "4.000", 4000, "count", "nhà vệ sinh", approx="over",
      subject="nhà vệ sinh được ứng dụng cập nhật vị trí"),
    F("tại 35 tỉnh", "35", 35, "count", "tỉnh, thành phố",
      subject="tỉnh, thành phố có nhà vệ sinh được ứng dụng cập nhật"),
    F("khoảng 250.000 lượt", "250.000", 250000, "count", "lượt tải", approx="about",
      subject="lượt tải ứng dụng"),
    F("ít nhất 85%", "85", 85, "percent", "%", approx="at_least", status="target",
      subject="nhà vệ sinh tại khu, điểm du lịch đạt chuẩn", period=T25),
    F("đạt 100%", "100", 100, "percent", "%", status="target",
      subject="nhà vệ sinh tại khu, điểm du lịch đạt chuẩn", period=T30),
]

NOTES = [
    "Ministry site (Cục Du lịch Quốc gia Việt Nam): breadcrumb, '28/08/2024 | 15:10 | Phòng Lữ hành', address and phone footer.",
    "National figures -> Việt Nam; counts of provinces are national. The list Đà Nẵng/Quảng Ninh/Thừa Thiên Huế -> location per item.",
    "Distractors: 15:10, app name 'VNToilet 360', Chỉ thị số 08/CT-TTg, '80 Quán Sứ', phone, baselines 'cuối năm 2022', 'năm 2021'.",
    "'tăng gần 1.100 nhà so với cuối năm 2022' -> change in nhà (approx nearly). 11.400 after 'Trong đó' (sentence break) -> total 15.200.",
    "'dưới 60%' is the threshold that defines the 17 provinces, not a measured value: optional.",
    "'xếp thứ 79, tăng 6 bậc so với năm 2021' -> rank with a change in bậc; the report is named for 2024 -> period 2024.",
    "'đặt mục tiêu đến năm 2025 ... ít nhất 85% ..., đến năm 2030 đạt 100%' -> both target.",
]

if __name__ == "__main__":
    write("p1384-4", TEXT, NOTES, FIGS, published="2024-08-28", location="Việt Nam")
