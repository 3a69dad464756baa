"""p752-5: Party newspaper (Báo Gia Lai), Japanese sweet potato in huyện Phú Thiện; byline and bare date at the end."""
from lib import F, P, I, CH, emit

TEXT = """Khoai lang Nhật "bén duyên" đất Phú Thiện

(GLO) - Từ 45 ha trồng thử nghiệm năm 2019, đến nay diện tích khoai lang Nhật ở huyện Phú Thiện (Gia Lai) đã lên tới 1.150 ha, gấp gần 6 lần so với năm 2020, tập trung ở các xã Ia Ake (320 ha), Ayun Hạ (285 ha), Ia Sol (210 ha) và Chư A Thai (178 ha).

Anh Rơ Châm H'Blin ở làng Plei Kte Lớn, xã Ia Ake cho biết, gia đình trồng 2,5 ha khoai lang Nhật, mỗi vụ kéo dài khoảng 110 ngày, năng suất đạt 22-25 tấn/ha. Với giá bán 8.500 đồng/kg, sau khi trừ chi phí, gia đình lãi hơn 250 triệu đồng mỗi vụ. Thu nhập từ khoai lang Nhật gấp 3 lần so với trồng mì.

Theo Phòng NN&PTNT huyện, năm 2023 tổng sản lượng khoai lang Nhật của huyện đạt 24.800 tấn, giá trị khoảng 198 tỷ đồng; trong đó 60% sản lượng được các doanh nghiệp bao tiêu để xuất khẩu sang Nhật Bản, Hàn Quốc và Trung Quốc. Huyện hiện có 3 hợp tác xã và 2 doanh nghiệp liên kết với 642 hộ trồng khoai lang. Tuy vậy, việc canh tác liên tục trên một chân đất khiến sâu hà gây hại trên 120 ha trong vụ vừa qua.

Ông Nguyễn Văn Tám, Phó Chủ tịch UBND huyện, cho biết huyện phấn đấu đến năm 2025 mở rộng diện tích khoai lang Nhật lên 1.500 ha, trong đó ít nhất 400 ha đạt chuẩn VietGAP và được cấp mã số vùng trồng. Huyện cũng đề nghị tỉnh hỗ trợ xây dựng kho lạnh dọc Quốc lộ 25 để bảo quản khoai sau thu hoạch.

NGỌC MINH
15/05/2024
"""

NOW = P("đến nay", None, "2024-05-15")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
AREA = "diện tích khoai lang Nhật"

FIGS = [
    F("Từ 45 ha", "45", 45, "measure", "ha", "diện tích khoai lang Nhật trồng thử nghiệm",
      P("năm 2019", "2019-01-01", "2019-12-31")),
    F("lên tới 1.150 ha", "1.150", 1150, "measure", "ha", AREA, NOW,
      change=CH("increase", 6, "lần", "năm 2020", approx="nearly")),
    F("(320 ha)", "320", 320, "measure", "ha", AREA, NOW),
    F("(285 ha)", "285", 285, "measure", "ha", AREA, NOW),
    F("(210 ha)", "210", 210, "measure", "ha", AREA, NOW),
    F("(178 ha)", "178", 178, "measure", "ha", AREA, NOW),
    F("trồng 2,5 ha", "2,5", 2.5, "measure", "ha", "diện tích khoai lang Nhật của gia đình"),
    F("khoảng 110 ngày", "110", 110, "measure", "ngày", "thời gian mỗi vụ", approx="about", optional=True),
    F("đạt 22-25 tấn/ha", "22", 22, "measure", "tấn/ha", "năng suất khoai lang Nhật", value_max=25),
    F("bán 8.500 đồng/kg", "8.500", 8500, "money", "đồng/kg", "giá bán khoai lang Nhật"),
    F("hơn 250 triệu", "250", 250000000, "money", "đồng", "lãi của gia đình mỗi vụ", approx="over"),
    F("gấp 3 lần", "3", 3, "multiple", "lần", "thu nhập từ khoai lang Nhật so với trồng mì"),
    F("đạt 24.800 tấn", "24.800", 24800, "measure", "tấn", "tổng sản lượng khoai lang Nhật", Y23),
    F("khoảng 198 tỷ", "198", 198000000000, "money", "đồng", "giá trị khoai lang Nhật", Y23, approx="about"),
    F("trong đó 60%", "60", 60, "percent", "%", "sản lượng được doanh nghiệp bao tiêu để xuất khẩu", Y23),
    F("có 3 hợp tác xã", "3", 3, "count", "hợp tác xã", "hợp tác xã liên kết trồng khoai lang"),
    F("và 2 doanh nghiệp", "2", 2, "count", "doanh nghiệp", "doanh nghiệp liên kết trồng khoai lang"),
    F("với 642 hộ", "642", 642, "count", "hộ", "hộ trồng khoai lang liên kết"),
    F("trên 120 ha", "120", 120, "measure", "ha", "diện tích khoai lang bị sâu hà gây hại", approx="over"),
    F("lên 1.500 ha", "1.500", 1500, "measure", "ha", AREA, T25, status="target"),
    F("ít nhất 400 ha", "400", 400, "measure", "ha", "diện tích đạt chuẩn VietGAP và được cấp mã số vùng trồng", T25,
      approx="at_least", total=1500, status="target"),
]

COMMENTS = [
    "Báo Gia Lai (GLO): khoai lang Nhật ở huyện Phú Thiện — diện tích, hộ điển hình, sản lượng 2023, mục tiêu 2025. Byline and bare date",
    "'15/05/2024' at the end give published. Location Phú Thiện (district); the communes in brackets stay Phú Thiện (a xã is not a",
    "location level). Their areas (320+285+210+178 = 993) do not add up to 1.150 and follow 'tập trung ở', not a part cue: no total.",
    "'đến nay' ends at the dateline (start null). 'gấp gần 6 lần so với năm 2020' after 1.150 ha is its change (lần, nearly);",
    "'Thu nhập ... gấp 3 lần so với trồng mì' stands alone as the claim: a multiple. 'trong đó 60% sản lượng' is a percent figure",
    "of its own (it follows the money figure 198 tỷ, and is a share of the output, not of the money). 'khoảng 110 ngày' optional.",
    "Distractors: 'Ông Nguyễn Văn Tám' (a name with a number word), 'Quốc lộ 25', 'năm 2019', 'Plei Kte Lớn', '(GLO)'.",
]

if __name__ == "__main__":
    emit("p752-5", TEXT, COMMENTS, FIGS, published="2024-05-15", location="Phú Thiện")
