"""p1298-1: province portal (Gia Lai): papaya area to end of April 2024, output 2023, buyers, targets 2025/2030."""
from lib import F, P, I, C, T, write

TEXT = """Cổng thông tin điện tử tỉnh Gia Lai
Trang chủ > Tin tức - Sự kiện > Kinh tế

Gia Lai: Diện tích đu đủ vượt 1.000 ha

Cập nhật: 14/05/2024 08:45 | Lượt xem: 1.286

Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến cuối tháng 4/2024, toàn tỉnh Gia Lai có 1.065 ha đu đủ, tăng 28% so với cùng kỳ năm 2023, trong đó đu đủ ruột đỏ chiếm khoảng 80%. Diện tích tập trung ở các huyện Chư Sê (312 ha), Ia Grai (245 ha) và Chư Prông (190 ha).

Năm 2023, sản lượng đu đủ toàn tỉnh đạt gần 52 nghìn tấn, năng suất bình quân 65 tấn/ha. Với giá bán tại vườn từ 6.000 đến 8.000 đồng/kg, mỗi ha đu đủ cho lợi nhuận 250-300 triệu đồng. Hiệu quả kinh tế của cây đu đủ cao gấp 3 lần so với cây sắn.

Hiện trên địa bàn có 3 doanh nghiệp và 14 thương lái thu mua đu đủ. Công ty TNHH Nông sản Phú An Gia (thôn 5, xã Ia Blang, huyện Chư Sê) ký hợp đồng bao tiêu với 86 hộ trên diện tích 140 ha. Từ đầu năm đến nay, công ty đã thu mua hơn 3.800 tấn quả, trong đó xuất khẩu sang Hàn Quốc khoảng 1.200 tấn.

Mục tiêu đến năm 2025, tỉnh phấn đấu phát triển 1.500 ha đu đủ, trong đó ít nhất 500 ha đạt tiêu chuẩn VietGAP; đến năm 2030 đạt 3.000 ha, giá trị sản xuất trên 300 tỷ đồng mỗi năm.

Tin liên quan:
- Chư Sê tổ chức Hội chợ nông sản lần thứ 3
- Triển khai Quyết định số 412/QĐ-UBND về phát triển cây ăn quả
"""

ASOF = P("tính đến cuối tháng 4/2024", None, "2024-04-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-05-14")
T25 = P("đến năm 2025", None, "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
CS = "Chư Sê"

FIGS = [
    F("vượt 1.000 ha", "1.000", 1000, "measure", "ha", approx="over", subject="diện tích đu đủ"),
    F("có 1.065 ha", "1.065", 1065, "measure", "ha", change=C("increase", 28, "%", "cùng kỳ năm 2023"),
      subject="diện tích đu đủ toàn tỉnh", period=ASOF),
    F("chiếm khoảng 80%", "80", 80, "percent", "%", approx="about",
      subject="đu đủ ruột đỏ trong diện tích đu đủ", period=ASOF),
    F("Chư Sê (312 ha)", "312", 312, "measure", "ha", subject="diện tích đu đủ", period=I(ASOF), location="Chư Sê"),
    F("Ia Grai (245 ha)", "245", 245, "measure", "ha", subject="diện tích đu đủ", period=I(ASOF), location="Ia Grai"),
    F("Chư Prông (190 ha)", "190", 190, "measure", "ha", subject="diện tích đu đủ", period=I(ASOF),
      location="Chư Prông"),
    F("gần 52 nghìn", "52", 52000, "measure", "tấn", approx="nearly", subject="sản lượng đu đủ toàn tỉnh",
      period=Y23),
    F("bình quân 65 tấn/ha", "65", 65, "measure", "tấn/ha", subject="năng suất bình quân đu đủ", period=Y23),
    F("từ 6.000 đến 8.000", "6.000", 6000, "money", "đồng/kg", value_max=8000, subject="giá bán đu đủ tại vườn",
      period=I(Y23)),
    F("250-300 triệu", "250", 250e6, "money", "đồng/ha", value_max=300e6, subject="lợi nhuận mỗi ha đu đủ",
      period=I(Y23)),
    F("gấp 3 lần", "3", 3, "multiple", "lần", subject="hiệu quả kinh tế của cây đu đủ so với cây sắn"),
    F("có 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", subject="doanh nghiệp thu mua đu đủ"),
    F("14 thương lái", "14", 14, "count", "thương lái", subject="thương lái thu mua đu đủ"),
    F("với 86 hộ", "86", 86, "count", "hộ", subject="hộ ký hợp đồng bao tiêu với Công ty TNHH Nông sản Phú An Gia",
      location=CS),
    F("diện tích 140 ha", "140", 140, "measure", "ha", subject="diện tích bao tiêu", location=CS),
    F("hơn 3.800 tấn", "3.800", 3800, "measure", "tấn", approx="over", subject="quả đu đủ công ty đã thu mua",
      period=YTD, location=CS),
    F("khoảng 1.200 tấn", "1.200", 1200, "measure", "tấn", approx="about", total=3800,
      subject="đu đủ xuất khẩu sang Hàn Quốc", period=YTD, location=CS),
    F("phát triển 1.500 ha", "1.500", 1500, "measure", "ha", status="target", subject="diện tích đu đủ",
      period=T25),
    F("ít nhất 500 ha", "500", 500, "measure", "ha", approx="at_least", total=1500, status="target",
      subject="diện tích đu đủ đạt tiêu chuẩn VietGAP", period=T25),
    F("đạt 3.000 ha", "3.000", 3000, "measure", "ha", status="target", subject="diện tích đu đủ", period=T30),
    F("trên 300 tỷ", "300", 300e9, "money", "đồng/năm", approx="over", status="target",
      subject="giá trị sản xuất", period=T30),
]

NOTES = [
    "Province portal (Gia Lai): papaya area as of end of April 2024, output 2023, buyers, targets 2025/2030.",
    "Distractors: 08:45, 'Lượt xem: 1.286', 'thôn 5', 'lần thứ 3', 'Quyết định số 412/QĐ-UBND', '4/2024' inside the as-of phrase.",
    "Headline 'vượt 1.000 ha' = over 1.000 ha (approx over), no period in the headline.",
    "'trong đó đu đủ ruột đỏ chiếm khoảng 80%': a percent after 'trong đó' is a figure of its own (no total).",
    "District list 'Chư Sê (312 ha), ...' has no part-of cue (and does not add up): no total; districts are locations.",
    "'cao gấp 3 lần so với cây sắn' stands alone as the claim: kind multiple.",
    "'trong đó xuất khẩu sang Hàn Quốc khoảng 1.200 tấn' is a part of the 3.800 tấn bought (same unit, same period).",
    "The company passage (huyện Chư Sê) takes location Chư Sê; Hàn Quốc is a trade partner, not a place.",
    "'Từ đầu năm đến nay' ends at the dateline 2024-05-14; 'Mục tiêu ... phấn đấu' governs the whole sentence (target).",
]

if __name__ == "__main__":
    write("p1298-1", TEXT, NOTES, FIGS, published="2024-05-14", location="Gia Lai")
