"""p1141-8: provincial newspaper online (Báo Quảng Ngãi, '(QNg) -'); A/H5N1 outbreaks Q1/2025, culling, compensation."""
from lib import fig, per, inh, chg, tgt, build

TEXT = """Quảng Ngãi: Tiêu hủy gần 9.000 con gia cầm mắc cúm A/H5N1

Thứ Ba, 15/04/2025 - 16:45

(QNg) - Quý I/2025, trên địa bàn tỉnh xảy ra 5 ổ dịch cúm gia cầm A/H5N1 tại hai huyện Mộ Đức và Tư Nghĩa, tăng 3 ổ dịch so với cùng kỳ năm 2024; số gia cầm buộc phải tiêu hủy là 8.946 con. Trong đó, huyện Mộ Đức 3 ổ dịch với 6.120 con; huyện Tư Nghĩa hai ổ dịch với 2.826 con.

Ổ dịch lớn nhất xảy ra tại trại vịt của ông Phạm Văn Dũng ở thôn Phước Thịnh, xã Đức Phong (huyện Mộ Đức). Trại nuôi 3.200 con vịt đẻ, bắt đầu có vịt chết từ ngày 12/2; chỉ sau 4 ngày, số vịt chết đã lên tới 1.150 con. Kết quả xét nghiệm của Cơ quan Thú y vùng IV khẳng định đàn vịt dương tính với vi rút cúm A/H5N1. "Gần 400 triệu đồng tiền vốn coi như mất trắng", ông Dũng nói.

Theo Chi cục Chăn nuôi và Thú y tỉnh, mức hỗ trợ cho các hộ có gia cầm buộc phải tiêu hủy là 35.000 đồng/kg gà, vịt hơi và 45.000 đồng/kg ngan, ngỗng hơi. Đến ngày 10/4, tỉnh đã chi trả hơn 620 triệu đồng cho 14 hộ chăn nuôi, đạt 85% tổng kinh phí phải hỗ trợ.

Từ đầu năm đến nay, ngành thú y đã cấp 3.500 lít hóa chất sát trùng, phun tiêu độc khoảng 1,2 triệu m2 chuồng trại, chợ và khu vực xung quanh ổ dịch. Tại 9 chợ có buôn bán gia cầm sống, cơ quan chuyên môn lấy 180 mẫu giám sát, phát hiện 6 mẫu dương tính cúm A/H5N1, chủ yếu tại chợ Thu Xà (huyện Tư Nghĩa).

Trong quý II, tỉnh dự kiến tiêm phòng vắc xin cúm cho khoảng 1,5 triệu con gia cầm, phấn đấu tỷ lệ tiêm phòng đạt trên 80% tổng đàn.

THANH NHI
"""

Q1 = per("Quý I/2025", "2025-01-01", "2025-03-31")
ASOF = per("Đến ngày 10/4", None, "2025-04-10")
YTD = per("Từ đầu năm đến nay", "2025-01-01", "2025-04-15")
Q2 = per("Trong quý II", "2025-04-01", "2025-06-30")
MD, TN = "Mộ Đức", "Tư Nghĩa"

FIGS = [
    fig("gần 9.000 con", "9.000", 9000, "count", "con", approx="nearly",
        subject="gia cầm mắc cúm A/H5N1 tiêu hủy"),
    fig("xảy ra 5 ổ dịch", "5", 5, "count", "ổ dịch", change=chg("increase", 3, "ổ dịch", "cùng kỳ năm 2024"),
        subject="ổ dịch cúm gia cầm A/H5N1", period=Q1),
    fig("tại hai huyện", "hai", 2, "count", "huyện", subject="huyện xảy ra ổ dịch cúm gia cầm", period=Q1),
    fig("là 8.946 con", "8.946", 8946, "count", "con", subject="gia cầm buộc phải tiêu hủy", period=Q1),
    fig("Đức 3 ổ dịch", "3", 3, "count", "ổ dịch", total=5, subject="ổ dịch cúm gia cầm A/H5N1",
        period=inh(Q1), location=MD),
    fig("với 6.120 con", "6.120", 6120, "count", "con", total=8946, subject="gia cầm buộc phải tiêu hủy",
        period=inh(Q1), location=MD),
    fig("Nghĩa hai ổ dịch", "hai", 2, "count", "ổ dịch", total=5, subject="ổ dịch cúm gia cầm A/H5N1",
        period=inh(Q1), location=TN),
    fig("với 2.826 con", "2.826", 2826, "count", "con", total=8946, subject="gia cầm buộc phải tiêu hủy",
        period=inh(Q1), location=TN),
    fig("nuôi 3.200 con", "3.200", 3200, "count", "con vịt đẻ", subject="vịt đẻ trại ông Phạm Văn Dũng nuôi",
        location=MD),
    fig("sau 4 ngày", "4", 4, "measure", "ngày", optional=True, subject="thời gian vịt chết", location=MD),
    fig("lên tới 1.150 con", "1.150", 1150, "count", "con", subject="vịt chết tại trại ông Phạm Văn Dũng",
        location=MD),
    fig("Gần 400 triệu", "400", 400000000, "money", "đồng", approx="nearly",
        subject="tiền vốn của trại vịt mất trắng", location=MD),
    fig("là 35.000 đồng/kg", "35.000", 35000, "money", "đồng/kg",
        subject="mức hỗ trợ gà, vịt hơi buộc phải tiêu hủy"),
    fig("và 45.000 đồng/kg", "45.000", 45000, "money", "đồng/kg",
        subject="mức hỗ trợ ngan, ngỗng hơi buộc phải tiêu hủy"),
    fig("hơn 620 triệu", "620", 620000000, "money", "đồng", approx="over", percent=85,
        subject="kinh phí hỗ trợ đã chi trả", period=ASOF),
    fig("cho 14 hộ", "14", 14, "count", "hộ chăn nuôi", subject="hộ chăn nuôi được chi trả hỗ trợ", period=ASOF),
    fig("cấp 3.500 lít", "3.500", 3500, "measure", "lít", subject="hóa chất sát trùng đã cấp", period=YTD),
    fig("khoảng 1,2 triệu m2", "1,2", 1200000, "measure", "m2", approx="about",
        subject="diện tích chuồng trại, chợ và khu vực xung quanh ổ dịch được phun tiêu độc", period=YTD),
    fig("Tại 9 chợ", "9", 9, "count", "chợ", subject="chợ có buôn bán gia cầm sống được lấy mẫu",
        period=inh(YTD)),
    fig("lấy 180 mẫu", "180", 180, "count", "mẫu", subject="mẫu giám sát tại chợ", period=inh(YTD)),
    fig("phát hiện 6 mẫu", "6", 6, "count", "mẫu", subject="mẫu dương tính cúm A/H5N1", period=inh(YTD)),
    fig("khoảng 1,5 triệu con", "1,5", 1500000, "count", "con", approx="about", status="forecast",
        subject="gia cầm được tiêm phòng vắc xin cúm", period=Q2),
    fig("trên 80%", "80", 80, "percent", "%", approx="over", status="target",
        subject="tỷ lệ tiêm phòng trên tổng đàn", period=Q2),
]

NOTES = [
    "Provincial newspaper online (Báo Quảng Ngãi): headline figure, 'Thứ Ba, 15/04/2025 - 16:45', tag '(QNg) -', byline THANH NHI.",
    "The province is only 'tỉnh' in the text; the headline and the districts imply Quảng Ngãi (default location).",
    "'tăng 3 ổ dịch so với cùng kỳ năm 2024' is the change of 5 ổ dịch. 'Trong đó' parts: each takes the whole of its own noun",
    "(3 and hai ổ dịch → 5; 6.120 and 2.826 con → 8.946). Number words: 'hai huyện', 'hai ổ dịch'.",
    "Farm passage (xã Đức Phong, huyện Mộ Đức) takes Mộ Đức; 'sau 4 ngày' locates the deaths in time (optional).",
    "'đạt 85% tổng kinh phí' is the share of the money (620 triệu), not of the 14 hộ that stands nearer.",
    "6 positive samples 'chủ yếu tại chợ Thu Xà (huyện Tư Nghĩa)': province-wide, location Quảng Ngãi.",
    "Year-less 'Đến ngày 10/4', 'quý II' take 2025 (Quý I/2025, published). Distractors: 12/2, 'Cơ quan Thú y vùng IV', 16:45,",
    "'thôn Phước Thịnh', A/H5N1. 'dự kiến' → forecast; 'phấn đấu' → target.",
]

if __name__ == "__main__":
    build("p1141-8", TEXT, NOTES, FIGS, published="2025-04-15", location="Quảng Ngãi")
