"""p796-8: Báo Cao Bằng online, '(CBO) -' tag — hồng không hạt huyện Bảo Lạc, headline figure (11/2024)."""
from lib import Fig, write, year, asof, period, inherit, change

TEXT = """
Báo Cao Bằng điện tử
Kinh tế
Hồng không hạt Bảo Lạc thu về gần 18 tỷ đồng
08/11/2024 10:32

(CBO) - Vụ hồng năm 2024, huyện Bảo Lạc có 185 ha hồng không hạt cho thu hoạch trên tổng số 240 ha, năng suất bình quân ước đạt 5 tấn/ha. Tính đến ngày 5/11, người dân đã thu hoạch 720 tấn, đạt 78% sản lượng dự kiến; với giá bán bình quân khoảng 24.500 đồng/kg, người trồng hồng đã thu về gần 17,7 tỷ đồng.

Hồng không hạt được trồng tập trung ở các xã Hưng Đạo, Hồng Trị, Kim Cúc và Bảo Toàn, trong đó xã Hưng Đạo có diện tích lớn nhất với 96 ha. Toàn huyện có 2 cơ sở chế biến hồng sấy, mỗi năm chế biến khoảng 40 tấn quả tươi; giá hồng sấy từ 250.000 đến 300.000 đồng/kg.

Theo ông Nông Văn Bảy, Phó Chủ tịch UBND huyện Bảo Lạc, giá hồng năm nay tăng khoảng 20% so với năm 2023 do quả to, đẹp, ít sâu bệnh và được thương lái thu mua tận vườn. Thu nhập từ cây hồng đạt bình quân 75 triệu đồng/ha, cao gấp 2,5 lần so với trồng ngô. Năm 2024, huyện đã hỗ trợ 320 triệu đồng cho 58 hộ trồng mới 21 ha hồng theo Nghị quyết số 08/2023/NQ-HĐND của HĐND tỉnh.

Mục tiêu đến năm 2025, huyện mở rộng diện tích hồng không hạt lên 300 ha, xây dựng 1 vùng sản xuất hồng đạt chứng nhận VietGAP quy mô 50 ha.

Thu Hằng
Từ khóa: hồng không hạt, Bảo Lạc, OCOP
"""

P24 = year("năm 2024", 2024)
P24b = year("Năm 2024", 2024)
P_ASOF = asof("Tính đến ngày 5/11", "2024-11-05")
P_NAMNAY = year("năm nay", 2024)
P2025 = asof("đến năm 2025", "2025-12-31")

FIGS = [
    Fig("thu về gần 18 tỷ đồng", "18", 18e9, "money", "đồng", "tiền thu từ hồng không hạt Bảo Lạc",
        approx="nearly"),
    Fig("có 185 ha", "185", 185, "measure", "ha", "diện tích hồng không hạt cho thu hoạch", P24, total=240),
    Fig("ước đạt 5 tấn/ha", "5", 5, "measure", "tấn/ha", "năng suất bình quân", P24, status="estimate"),
    Fig("thu hoạch 720 tấn", "720", 720, "measure", "tấn", "sản lượng hồng đã thu hoạch", P_ASOF, percent=78),
    Fig("khoảng 24.500 đồng/kg", "24.500", 24500, "money", "đồng/kg", "giá bán bình quân", P_ASOF,
        approx="about"),
    Fig("gần 17,7 tỷ đồng", "17,7", 17.7e9, "money", "đồng", "tiền người trồng hồng thu về", P_ASOF,
        approx="nearly"),
    Fig("với 96 ha", "96", 96, "measure", "ha", "diện tích hồng không hạt xã Hưng Đạo"),
    Fig("có 2 cơ sở", "2", 2, "count", "cơ sở", "cơ sở chế biến hồng sấy"),
    Fig("khoảng 40 tấn", "40", 40, "measure", "tấn", "quả tươi chế biến mỗi năm", approx="about"),
    Fig("từ 250.000 đến 300.000 đồng/kg", "250.000", 250000, "money", "đồng/kg", "giá hồng sấy",
        value_max=300000),
    Fig("tăng khoảng 20%", "20", 20, "percent", "%", "giá hồng tăng so với năm 2023", P_NAMNAY, approx="about"),
    Fig("bình quân 75 triệu đồng/ha", "75", 75e6, "money", "đồng/ha", "thu nhập từ cây hồng",
        change=change("increase", 2.5, "lần", "trồng ngô")),
    Fig("hỗ trợ 320 triệu đồng", "320", 320e6, "money", "đồng", "kinh phí hỗ trợ trồng mới hồng", P24b),
    Fig("58 hộ", "58", 58, "count", "hộ", "hộ được hỗ trợ trồng mới hồng", P24b),
    Fig("mới 21 ha", "21", 21, "measure", "ha", "diện tích hồng trồng mới", P24b),
    Fig("lên 300 ha", "300", 300, "measure", "ha", "diện tích hồng không hạt", P2025, status="target"),
    Fig("xây dựng 1 vùng", "1", 1, "count", "vùng sản xuất", "vùng sản xuất hồng đạt chứng nhận VietGAP", P2025,
        status="target"),
    Fig("quy mô 50 ha", "50", 50, "measure", "ha", "quy mô vùng sản xuất hồng đạt chứng nhận VietGAP", P2025,
        status="target"),
]

NOTES = [
    "Provincial paper online (Báo Cao Bằng, tag '(CBO) -'), headline figure 'gần 18 tỷ đồng' (no period in the headline).",
    "'185 ha ... trên tổng số 240 ha': total 240 (not a figure of its own). 'đạt 78% sản lượng dự kiến' is the percent of 720 tấn.",
    "'Tính đến ngày 5/11' takes 2024 from the dateline and governs the whole sentence (720 tấn, price, 17,7 tỷ).",
    "'trong đó xã Hưng Đạo ... 96 ha' follows a list of communes, not a figure: no total. 'giá hồng năm nay tăng khoảng 20%' is a",
    "growth rate standing as the claim (percent, no change). 'cao gấp 2,5 lần so với trồng ngô' is the change of 75 triệu đồng/ha.",
    "Not figures: time 10:32, 'Nông Văn Bảy', 'Nghị quyết số 08/2023/NQ-HĐND', 'Hồng Trị' (name), dateline.",
]

if __name__ == "__main__":
    write(8, TEXT, FIGS, NOTES, published="2024-11-08", location="Bảo Lạc")
