"""p683-8: Đài PT-TH Lai Châu site — sâm Lai Châu, 6 months 2024: new planting by district, nurseries, density, Q2 prices, revenue, targets."""
from lib import F, P, I, CH, emit

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH LAI CHÂU
Kinh tế | 05/07/2024 - 10:12

Lai Châu: 6 tháng đầu năm trồng mới gần 180 ha sâm Lai Châu

(LTV) - 6 tháng đầu năm 2024, toàn tỉnh trồng mới 178,6 ha sâm Lai Châu, đạt 59,5% kế hoạch năm, nâng tổng diện tích lên 1.382 ha. Các huyện có diện tích trồng mới lớn là Mường Tè 64,2 ha, Nậm Nhùn 41,5 ha, Sìn Hồ 38 ha và Tam Đường 21,4 ha.

Toàn tỉnh hiện có 96 doanh nghiệp, hợp tác xã tham gia trồng sâm, trong đó 14 đơn vị có vườn ươm đạt tiêu chuẩn, sản xuất hơn 3,2 triệu cây giống/năm. Mật độ trồng bình quân 25.000 - 30.000 cây/ha; sau 5 năm, năng suất củ đạt khoảng 1,2 tấn/ha.

Quý II/2024, giá sâm Lai Châu củ tươi loại 1, loại 2 và loại 3 lần lượt là 70 triệu đồng/kg, 45 triệu đồng/kg và 25 triệu đồng/kg. Giá sâm giảm từ 15 đến 20% so với quý I do nguồn cung tăng. Doanh thu từ sâm 6 tháng ước đạt 245 tỷ đồng, tăng 31,8% so với cùng kỳ năm 2023.

Tỉnh phấn đấu đến năm 2025 đạt 2.000 ha sâm Lai Châu, trong đó có ít nhất 3 vùng trồng đạt GACP-WHO; giá trị sản xuất đạt 2.500 tỷ đồng/năm. Hiện tỉnh đã thu hút 7 dự án trồng sâm với tổng vốn đăng ký 1.650 tỷ đồng, các dự án đều cam kết bao tiêu sản phẩm cho người dân.

Tuyến Quốc lộ 4D và Quốc lộ 32 đang được nâng cấp, thuận lợi cho vận chuyển cây giống. Chương trình Thời sự phát lúc 19h45 hằng ngày.

BTV: Lò Thị Hoa
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Q2 = P("Quý II/2024", "2024-04-01", "2024-06-30")
T25 = P("đến năm 2025", None, "2025-12-31")
NEW = "diện tích sâm Lai Châu trồng mới"

FIGS = [
    F("gần 180 ha", "180", 180, "measure", "ha", NEW, P("6 tháng đầu năm", "2024-01-01", "2024-06-30"),
      approx="nearly"),
    F("trồng mới 178,6 ha", "178,6", 178.6, "measure", "ha", NEW, H1, percent=59.5),
    F("lên 1.382 ha", "1.382", 1382, "measure", "ha", "tổng diện tích sâm Lai Châu", H1),
    F("Mường Tè 64,2 ha", "64,2", 64.2, "measure", "ha", NEW, I(H1), location="Mường Tè"),
    F("Nậm Nhùn 41,5 ha", "41,5", 41.5, "measure", "ha", NEW, I(H1), location="Nậm Nhùn"),
    F("Sìn Hồ 38 ha", "38", 38, "measure", "ha", NEW, I(H1), location="Sìn Hồ"),
    F("Tam Đường 21,4 ha", "21,4", 21.4, "measure", "ha", NEW, I(H1), location="Tam Đường"),
    F("có 96 doanh nghiệp", "96", 96, "count", "doanh nghiệp, hợp tác xã", "doanh nghiệp, hợp tác xã tham gia trồng sâm"),
    F("14 đơn vị", "14", 14, "count", "đơn vị", "đơn vị có vườn ươm đạt tiêu chuẩn", total=96),
    F("hơn 3,2 triệu cây giống/năm", "3,2", 3200000, "measure", "cây giống/năm", "cây giống sản xuất", approx="over"),
    F("25.000 - 30.000 cây/ha", "25.000", 25000, "measure", "cây/ha", "mật độ trồng bình quân", value_max=30000),
    F("khoảng 1,2 tấn/ha", "1,2", 1.2, "measure", "tấn/ha", "năng suất củ sâm", approx="about"),
    F("là 70 triệu đồng/kg", "70", 70e6, "money", "đồng/kg", "giá sâm Lai Châu củ tươi loại 1", Q2),
    F("kg, 45 triệu đồng/kg", "45", 45e6, "money", "đồng/kg", "giá sâm Lai Châu củ tươi loại 2", Q2),
    F("và 25 triệu đồng/kg", "25", 25e6, "money", "đồng/kg", "giá sâm Lai Châu củ tươi loại 3", Q2),
    F("từ 15 đến 20%", "15", 15, "percent", "%", "giá sâm giảm so với quý I", value_max=20),
    F("ước đạt 245 tỷ đồng", "245", 245e9, "money", "đồng", "doanh thu từ sâm", P("6 tháng", "2024-01-01", "2024-06-30"),
      change=CH("increase", 31.8, "%", "cùng kỳ năm 2023"), status="estimate"),
    F("đạt 2.000 ha", "2.000", 2000, "measure", "ha", "diện tích sâm Lai Châu", T25, status="target"),
    F("ít nhất 3 vùng trồng", "3", 3, "count", "vùng trồng", "vùng trồng đạt GACP-WHO", T25, approx="at_least",
      status="target"),
    F("đạt 2.500 tỷ đồng/năm", "2.500", 2500e9, "money", "đồng/năm", "giá trị sản xuất sâm Lai Châu", T25,
      status="target"),
    F("thu hút 7 dự án", "7", 7, "count", "dự án", "dự án trồng sâm thu hút"),
    F("ký 1.650 tỷ đồng", "1.650", 1650e9, "money", "đồng", "tổng vốn đăng ký các dự án trồng sâm"),
]

COMMENTS = [
    "Đài PT-TH Lai Châu site ('Kinh tế | 05/07/2024 - 10:12', '(LTV)' tag implies the province): sâm Lai Châu, first half of 2024.",
    "Headline 'gần 180 ha' is a figure of its own (nearly); its '6 tháng đầu năm' takes 2024 from the dateline. District list items carry the district as location and the list's indicator as subject.",
    "'trong đó 14 đơn vị' → total 96. 'lần lượt là 70 …, 45 … và 25 triệu đồng/kg' are three price figures with the quarter period.",
    "'Giá sâm giảm từ 15 đến 20% so với quý I' stands alone: a percent range figure with no change object. 'trong đó có ít nhất 3 vùng trồng' counts another thing than the ha whole: no total.",
    "'cây giống/năm' and 'cây/ha' are rates (measure). Distractors: Quốc lộ 4D, Quốc lộ 32, '19h45', 'sau 5 năm', dateline.",
]

if __name__ == "__main__":
    emit("p683-8", TEXT, COMMENTS, FIGS, published="2024-07-05", location="Lai Châu")
