"""p1202-2: district portal (huyện Cái Nước, Cà Mau), shrimp insurance 2025."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CÁI NƯỚC - TỈNH CÀ MAU
Trang chủ | Tin tức | Kinh tế | Nông nghiệp - Thủy sản

Triển khai bảo hiểm tôm nuôi thâm canh năm 2025

Đăng ngày: 20/03/2025 | Tác giả: Minh Khang

Thực hiện Kế hoạch số 38/KH-UBND ngày 12/02/2025 của UBND huyện, năm 2025, huyện Cái Nước được UBND tỉnh phân bổ chỉ tiêu bảo hiểm cho 350 ha tôm nuôi thâm canh, siêu thâm canh tại 6 xã, thị trấn. Tính đến ngày 15/3/2025, toàn huyện có 87 hộ ký hợp đồng bảo hiểm với tổng diện tích 96,4 ha, đạt 27,5% chỉ tiêu. Trong đó, tôm thẻ chân trắng 61 hộ (68,2 ha), tôm sú 26 hộ (28,2 ha).

Số tiền bảo hiểm bình quân 250 triệu đồng/ha; phí bảo hiểm từ 4,5% đến 5,5% số tiền bảo hiểm tùy phương thức nuôi. Ngân sách hỗ trợ 90% phí cho hộ nghèo, hộ cận nghèo, 70% cho hộ mới thoát nghèo và 20% cho các hộ còn lại.

Gia đình anh Trần Văn Út ở ấp Lung Lá, xã Tân Hưng Đông nuôi 2,5 ha tôm thẻ siêu thâm canh. Năm nay anh mua bảo hiểm cho toàn bộ 6 ao nuôi, phí gần 31 triệu đồng, được ngân sách hỗ trợ 20%. Năm 2024, ao nuôi của anh bị bệnh đốm trắng, được Công ty Bảo Việt Cà Mau bồi thường 118 triệu đồng, đủ để cải tạo ao và thả nuôi lại.

Huyện phấn đấu đến ngày 30/6/2025 hoàn thành 100% chỉ tiêu bảo hiểm được giao. Các hộ có nhu cầu liên hệ Phòng Nông nghiệp và PTNT huyện, số 05 đường 30/4, khóm 1, thị trấn Cái Nước; điện thoại 0290.3883.216.
"""

Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
ASOF = P("Tính đến ngày 15/3/2025", None, "2025-03-15")
NOW = P("Năm nay", "2025-01-01", "2025-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Q2 = P("đến ngày 30/6/2025", None, "2025-06-30")
SUP = "mức ngân sách hỗ trợ phí bảo hiểm tôm"

FIGS = [
    F("cho 350 ha", "350", 350, "measure", "ha", status="target",
      subject="chỉ tiêu bảo hiểm tôm nuôi thâm canh, siêu thâm canh", period=Y25),
    F("tại 6 xã", "6", 6, "count", "xã, thị trấn", status="target",
      subject="xã, thị trấn được phân bổ chỉ tiêu bảo hiểm tôm", period=Y25),
    F("có 87 hộ", "87", 87, "count", "hộ",
      subject="hộ ký hợp đồng bảo hiểm tôm", period=ASOF),
    F("diện tích 96,4 ha", "96,4", 96.4, "measure", "ha", percent=27.5,
      subject="diện tích tôm ký hợp đồng bảo hiểm", period=ASOF),
    F("61 hộ", "61", 61, "count", "hộ", total=87,
      subject="hộ nuôi tôm thẻ chân trắng ký hợp đồng bảo hiểm", period=I(ASOF)),
    F("(68,2 ha)", "68,2", 68.2, "measure", "ha", total=96.4,
      subject="diện tích tôm thẻ chân trắng được bảo hiểm", period=I(ASOF)),
    F("26 hộ", "26", 26, "count", "hộ", total=87,
      subject="hộ nuôi tôm sú ký hợp đồng bảo hiểm", period=I(ASOF)),
    F("(28,2 ha)", "28,2", 28.2, "measure", "ha", total=96.4,
      subject="diện tích tôm sú được bảo hiểm", period=I(ASOF)),
    F("bình quân 250 triệu", "250", 250e6, "money", "đồng/ha",
      subject="số tiền bảo hiểm bình quân"),
    F("từ 4,5% đến 5,5%", "4,5", 4.5, "percent", "%", value_max=5.5,
      subject="phí bảo hiểm tôm"),
    F("hỗ trợ 90% phí", "90", 90, "percent", "%", subject=SUP + " cho hộ nghèo, hộ cận nghèo"),
    F("70% cho hộ", "70", 70, "percent", "%", subject=SUP + " cho hộ mới thoát nghèo"),
    F("20% cho các hộ", "20", 20, "percent", "%", subject=SUP + " cho các hộ còn lại"),
    F("nuôi 2,5 ha", "2,5", 2.5, "measure", "ha",
      subject="diện tích nuôi tôm thẻ siêu thâm canh của gia đình anh Trần Văn Út"),
    F("toàn bộ 6 ao", "6", 6, "count", "ao nuôi",
      subject="ao nuôi được mua bảo hiểm", period=NOW),
    F("gần 31 triệu", "31", 31e6, "money", "đồng", approx="nearly",
      subject="phí bảo hiểm ao nuôi tôm", period=NOW),
    F("hỗ trợ 20%.", "20", 20, "percent", "%",
      subject="mức ngân sách hỗ trợ phí bảo hiểm", period=NOW),
    F("bồi thường 118 triệu", "118", 118e6, "money", "đồng",
      subject="tiền bồi thường bảo hiểm do bệnh đốm trắng", period=Y24),
    F("hoàn thành 100%", "100", 100, "percent", "%", status="target",
      subject="tỷ lệ hoàn thành chỉ tiêu bảo hiểm được giao", period=Q2),
]

NOTES = [
    "District portal (huyện Cái Nước, Cà Mau): shrimp insurance 2025. 'Đăng ngày: 20/03/2025 | Tác giả: Minh Khang'. Default location Cái Nước.",
    "Distractors: Kế hoạch số 38/KH-UBND ngày 12/02/2025, 'số 05 đường 30/4, khóm 1', phone 0290.3883.216, commune/hamlet names.",
    "'đạt 27,5% chỉ tiêu' is the share of 96,4 ha (96,4/350). Parts after 'Trong đó' take the whole of their own unit (hộ → 87, ha → 96,4).",
    "Rates and support levels are standing rules (no period). 'Năm nay' = 2025 (published). 'được ngân sách hỗ trợ 20%' is a percent figure of its own.",
    "The farm passage stays in Cái Nước (a commune is not a location level of the spec). Status target: 350 ha, 6 xã (chỉ tiêu), 100% (phấn đấu).",
]

if __name__ == "__main__":
    write("p1202-2", TEXT, NOTES, FIGS, published="2025-03-20", location="Cái Nước")
