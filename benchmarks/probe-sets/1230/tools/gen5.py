"""p1230-5: Party newspaper (Báo Vĩnh Long), betel-leaf village in xã Phú Đức, huyện Long Hồ; byline and bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """BÁO VĨNH LONG - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH VĨNH LONG

Làng trầu Phú Đức vào mùa

Xã Phú Đức (huyện Long Hồ) hiện có 236 hộ trồng trầu với tổng diện tích khoảng 118 ha, chiếm gần 40% diện tích trầu của huyện. Trầu ở đây chủ yếu được bán đi TP Hồ Chí Minh, Cần Thơ và các tỉnh miền Đông.

Ông Trần Văn Bảy ở ấp Phú Thạnh có bốn công trầu (mỗi công 1.000 m²), đã gắn bó với cây trầu hơn 20 năm. Cứ 10-12 ngày ông hái một lứa, mỗi lứa được khoảng 120 kg lá. Với giá trầu loại 1 hiện ở mức 35.000 đồng/kg, mỗi tháng gia đình ông thu về gần 40 triệu đồng, trừ chi phí còn lãi khoảng 25 triệu đồng.

Theo Phòng Nông nghiệp và PTNT huyện Long Hồ, năm 2023 toàn huyện có 297 ha trầu, sản lượng đạt 3.560 tấn lá, giá trị ước đạt 124 tỷ đồng. Trong quý I năm nay, giá trầu dao động từ 25.000 đến 38.000 đồng/kg, cao hơn cùng kỳ khoảng 5.000 đồng/kg. Lao động làm thuê hái trầu, bó trầu có thu nhập bình quân 6,5 triệu đồng/người/tháng. Toàn tỉnh hiện có khoảng 520 ha trầu, tập trung ở các huyện Long Hồ, Mang Thít và Vũng Liêm.

Năm 2024, xã Phú Đức phấn đấu thành lập thêm 2 tổ hợp tác trồng trầu an toàn, nâng số hộ được cấp giấy chứng nhận VietGAP lên 30 hộ. Lễ hội Trầu cau lần thứ 2 của huyện dự kiến tổ chức vào tháng 9.

MINH THUẬN
22/04/2024
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Q1 = P("Trong quý I năm nay", "2024-01-01", "2024-03-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
BAY = "ông Trần Văn Bảy"

FIGS = [
    F("có 236 hộ", "236", 236, "count", "hộ", subject="hộ trồng trầu xã Phú Đức"),
    F("khoảng 118 ha", "118", 118, "measure", "ha", approx="about", percent=40,
      subject="diện tích trầu xã Phú Đức"),
    F("bốn công trầu", "bốn", 4, "measure", "công", subject=f"diện tích trầu của {BAY}"),
    F("mỗi công 1.000 m²", "1.000", 1000, "measure", "m²", optional=True, subject="diện tích mỗi công"),
    F("hơn 20 năm", "20", 20, "measure", "năm", approx="over", optional=True, subject="thời gian gắn bó với cây trầu"),
    F("Cứ 10-12 ngày", "10", 10, "measure", "ngày", value_max=12, optional=True, subject="thời gian giữa hai lứa hái"),
    F("khoảng 120 kg", "120", 120, "measure", "kg/lứa", approx="about", subject="lá trầu mỗi lứa"),
    F("ở mức 35.000 đồng/kg", "35.000", 35000, "money", "đồng/kg", subject="giá trầu loại 1"),
    F("gần 40 triệu", "40", 40000000, "money", "đồng/tháng", approx="nearly",
      subject=f"tiền bán trầu mỗi tháng của gia đình {BAY}"),
    F("lãi khoảng 25 triệu", "25", 25000000, "money", "đồng/tháng", approx="about",
      subject=f"lãi mỗi tháng của gia đình {BAY}"),
    F("có 297 ha trầu", "297", 297, "measure", "ha", subject="diện tích trầu", period=Y23),
    F("đạt 3.560 tấn", "3.560", 3560, "measure", "tấn", subject="sản lượng trầu lá", period=Y23),
    F("ước đạt 124 tỷ", "124", 124000000000, "money", "đồng", status="estimate", subject="giá trị sản xuất trầu",
      period=Y23),
    F("từ 25.000 đến 38.000", "25.000", 25000, "money", "đồng/kg", value_max=38000,
      change=C("increase", 5000, "đồng/kg", "cùng kỳ", approx="about"), subject="giá trầu", period=Q1),
    F("khoảng 520 ha", "520", 520, "measure", "ha", approx="about", subject="diện tích trầu", location="Vĩnh Long"),
    F("bình quân 6,5 triệu", "6,5", 6500000, "money", "đồng/người/tháng",
      subject="thu nhập bình quân lao động làm thuê hái trầu, bó trầu"),
    F("thêm 2 tổ", "2", 2, "count", "tổ hợp tác", status="target", subject="tổ hợp tác trồng trầu an toàn thành lập thêm",
      period=Y24, location="Long Hồ"),
    F("lên 30 hộ", "30", 30, "count", "hộ", status="target", subject="hộ được cấp giấy chứng nhận VietGAP",
      period=Y24, location="Long Hồ"),
]

NOTES = [
    "Party newspaper (Báo Vĩnh Long): betel-leaf village xã Phú Đức (huyện Long Hồ); byline 'MINH THUẬN' and bare date '22/04/2024'.",
    "Every figure describes huyện Long Hồ (the commune is in it): default location Long Hồ. 'chiếm gần 40%' is the share of 118 ha",
    "(118/297 = 39,7%); approx 'nearly' belongs to the share, not to 118 ha (which is 'khoảng').",
    "'bốn công' is a number word (công = 1.000 m², a Southern land unit); '(mỗi công 1.000 m²)' defines the unit, '20 năm'",
    "and 'Cứ 10-12 ngày' are durations of a farmer's practice: optional. 'một lứa' is not annotated (it only means 'a harvest').",
    "'mỗi lứa … khoảng 120 kg' → unit kg/lứa; 'mỗi tháng … gần 40 triệu đồng' → đồng/tháng.",
    "'Trong quý I năm nay' → quý I 2024 (year of the published date). 'cao hơn cùng kỳ khoảng 5.000 đồng/kg' → change of the price range.",
    "'Toàn tỉnh hiện có khoảng 520 ha trầu' is the province's figure (location Vĩnh Long, named in the masthead).",
    "Distractors: 'Lễ hội Trầu cau lần thứ 2', 'tháng 9', masthead, byline, date.",
]

if __name__ == "__main__":
    write("p1230-5", TEXT, NOTES, FIGS, published="2024-04-22", location="Long Hồ")
