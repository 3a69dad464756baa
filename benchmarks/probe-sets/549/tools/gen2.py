"""p549-2: huyện Quế Phong (Nghệ An) district portal, policy credit Q1/2024."""
from lib import F, P, I, CH, emit

TEXT = """UBND HUYỆN QUẾ PHONG - CỔNG THÔNG TIN ĐIỆN TỬ
Kinh tế > Tài chính - Ngân hàng

Dư nợ tín dụng chính sách huyện Quế Phong đạt 684,3 tỷ đồng
Thứ Năm, 18/04/2024 - 15:20

Tính đến ngày 31/3/2024, tổng dư nợ các chương trình tín dụng chính sách tại Phòng giao dịch Ngân hàng Chính sách xã hội huyện Quế Phong đạt 684,3 tỷ đồng, tăng 21,6 tỷ đồng so với 31/12/2023, với 14.208 khách hàng còn dư nợ. Trong đó, dư nợ cho vay hộ nghèo đạt 142,6 tỷ đồng; hộ cận nghèo 118,2 tỷ đồng; hộ mới thoát nghèo 96,4 tỷ đồng; học sinh, sinh viên có hoàn cảnh khó khăn 35,8 tỷ đồng.

Nợ quá hạn là 1,23 tỷ đồng, chiếm 0,18% tổng dư nợ; nợ khoanh 0,86 tỷ đồng.

Trong quý I/2024, doanh số cho vay đạt 78,5 tỷ đồng với 1.642 lượt hộ được vay vốn; doanh số thu nợ đạt 56,9 tỷ đồng. Mức cho vay bình quân khoảng 47,8 triệu đồng/hộ. Lãi suất cho vay hộ nghèo hiện là 6,6%/năm, hộ cận nghèo 7,92%/năm.

Toàn huyện có 186 tổ tiết kiệm và vay vốn hoạt động tại 14 xã, thị trấn; số dư tiền gửi tiết kiệm của tổ viên đạt 24,6 tỷ đồng, tăng 1,9 tỷ đồng so với đầu năm. Các điểm giao dịch xã được duy trì vào ngày 15 hằng tháng; xa nhất là điểm giao dịch tại xã Hạnh Dịch, cách trung tâm huyện hơn 60 km.

Thực hiện Nghị định số 78/2002/NĐ-CP của Chính phủ, năm 2024 Phòng giao dịch được giao kế hoạch tăng trưởng dư nợ 55 tỷ đồng và phấn đấu giữ tỷ lệ nợ quá hạn dưới 0,2%.

Mọi chi tiết xin liên hệ Phòng giao dịch NHCSXH huyện Quế Phong, khối 4, thị trấn Kim Sơn; điện thoại 0238.3885.139.

Hoàng Lam - Trung tâm VH-TT&TT huyện
"""

ASOF = P("Tính đến ngày 31/3/2024", None, "2024-03-31")
Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
TOT = 684_300_000_000

FIGS = [
    F("Quế Phong đạt 684,3 tỷ đồng\n", "684,3", TOT, "money", "đồng",
      "dư nợ tín dụng chính sách", I(ASOF)),
    F("đạt 684,3 tỷ đồng, tăng", "684,3", TOT, "money", "đồng",
      "tổng dư nợ các chương trình tín dụng chính sách", ASOF,
      change=CH("increase", 21_600_000_000, "đồng", "31/12/2023")),
    F("với 14.208 khách hàng", "14.208", 14208, "count", "khách hàng", "khách hàng còn dư nợ", ASOF),
    F("đạt 142,6 tỷ đồng", "142,6", 142_600_000_000, "money", "đồng", "dư nợ cho vay hộ nghèo", I(ASOF), total=TOT),
    F("nghèo 118,2 tỷ đồng", "118,2", 118_200_000_000, "money", "đồng", "dư nợ cho vay hộ cận nghèo", I(ASOF), total=TOT),
    F("nghèo 96,4 tỷ đồng", "96,4", 96_400_000_000, "money", "đồng", "dư nợ cho vay hộ mới thoát nghèo", I(ASOF), total=TOT),
    F("khó khăn 35,8 tỷ đồng", "35,8", 35_800_000_000, "money", "đồng",
      "dư nợ cho vay học sinh, sinh viên có hoàn cảnh khó khăn", I(ASOF), total=TOT),
    F("là 1,23 tỷ đồng", "1,23", 1_230_000_000, "money", "đồng", "nợ quá hạn", I(ASOF), percent=0.18),
    F("khoanh 0,86 tỷ đồng", "0,86", 860_000_000, "money", "đồng", "nợ khoanh", I(ASOF)),
    F("đạt 78,5 tỷ đồng", "78,5", 78_500_000_000, "money", "đồng", "doanh số cho vay", Q1),
    F("với 1.642 lượt hộ", "1.642", 1642, "count", "lượt hộ", "lượt hộ được vay vốn", Q1),
    F("đạt 56,9 tỷ đồng", "56,9", 56_900_000_000, "money", "đồng", "doanh số thu nợ", Q1),
    F("khoảng 47,8 triệu đồng/hộ", "47,8", 47_800_000, "money", "đồng/hộ", "mức cho vay bình quân", I(Q1),
      approx="about"),
    F("là 6,6%/năm", "6,6", 6.6, "percent", "%", "lãi suất cho vay hộ nghèo"),
    F("nghèo 7,92%/năm", "7,92", 7.92, "percent", "%", "lãi suất cho vay hộ cận nghèo"),
    F("có 186 tổ", "186", 186, "count", "tổ tiết kiệm và vay vốn", "tổ tiết kiệm và vay vốn hoạt động"),
    F("tại 14 xã, thị trấn", "14", 14, "count", "xã, thị trấn", "xã, thị trấn có tổ tiết kiệm và vay vốn hoạt động"),
    F("đạt 24,6 tỷ đồng", "24,6", 24_600_000_000, "money", "đồng", "số dư tiền gửi tiết kiệm của tổ viên",
      change=CH("increase", 1_900_000_000, "đồng", "đầu năm")),
    F("hơn 60 km", "60", 60, "measure", "km", "điểm giao dịch tại xã Hạnh Dịch cách trung tâm huyện",
      approx="over"),
    F("dư nợ 55 tỷ đồng", "55", 55_000_000_000, "money", "đồng", "kế hoạch tăng trưởng dư nợ", Y24, status="target"),
    F("dưới 0,2%", "0,2", 0.2, "percent", "%", "tỷ lệ nợ quá hạn", Y24, approx="under", status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Quế Phong (Nghệ An): dư nợ tín dụng chính sách của PGD NHCSXH huyện đến 31/3/2024 (invented, probe set 549).",
    "Dateline 'Thứ Năm, 18/04/2024 - 15:20'; byline at the end. District portal: location is the district (Quế Phong).",
    "Not figures: 'ngày 15 hằng tháng', 'Nghị định số 78/2002/NĐ-CP', 'khối 4', phone 0238.3885.139, 'quý I/2024'.",
    "The four programme balances after 'Trong đó' are parts of 684,3 tỷ (as-of period stated in the previous sentence: inherited).",
    "'tăng 21,6 tỷ đồng so với 31/12/2023' is a change in đồng. 'được giao kế hoạch ... 55 tỷ đồng' and 'phấn đấu ... dưới 0,2%' are targets.",
    "revised: 'hơn 60 km' subject was a paraphrase ('khoảng cách từ … đến …'); now the sentence's own words (FIGURES.md: as the sentence names it).",
]

if __name__ == "__main__":
    emit("p549-2", TEXT, COMMENTS, FIGS, published="2024-04-18", location="Quế Phong")
