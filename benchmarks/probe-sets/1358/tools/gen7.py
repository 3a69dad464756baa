"""p1358-7: news agency (TTXVN): TP Hồ Chí Minh court sentences 15 defendants of an online football-betting ring."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """TTXVN | Xã hội | Pháp luật

Tuyên án 15 bị cáo trong đường dây cá độ bóng đá gần 2.000 tỷ đồng

13/11/2024 18:20

TP Hồ Chí Minh, 13/11 (TTXVN) - Chiều 13/11, Tòa án nhân dân TP Hồ Chí Minh tuyên án sơ thẩm 15 bị cáo trong vụ án "Tổ chức đánh bạc" và "Đánh bạc" xảy ra tại quận Tân Bình và quận 10.

Theo cáo trạng, từ tháng 5/2022 đến tháng 12/2023, Lâm Quốc Bảo (SN 1984) cùng đồng phạm thuê 2 căn hộ làm nơi điều hành, mở 4 tài khoản "tổng đại lý" trên các trang cá độ bóng đá, chia thành 38 tài khoản cấp dưới để bán cho người chơi. Tổng số tiền các con bạc đặt cược gần 2.000 tỷ đồng, các bị cáo thu lợi bất chính hơn 46 tỷ đồng.

Hội đồng xét xử tuyên phạt bị cáo Bảo 12 năm tù về tội "Tổ chức đánh bạc", phạt bổ sung 200 triệu đồng; bị cáo Trịnh Văn Lộc (SN 1990) 9 năm tù. 13 bị cáo còn lại nhận mức án từ 3 đến 7 năm tù, trong đó 2 bị cáo được hưởng án treo. Tòa tuyên tịch thu sung công quỹ nhà nước 46,2 tỷ đồng thu lợi bất chính và 3 ô tô.

Đây là vụ án cá độ bóng đá lớn thứ ba được đưa ra xét xử tại TP Hồ Chí Minh trong năm 2024. Theo thống kê của ngành tòa án thành phố, 10 tháng năm 2024 đã thụ lý 186 vụ án về cờ bạc với 732 bị cáo, tăng 17 vụ so với cùng kỳ năm trước; khoảng 40% số bị cáo dưới 30 tuổi.

Xem thêm:
- Hà Nội: Khởi tố vụ án tổ chức đánh bạc tại quận Hoàng Mai
- Bắt giữ đối tượng truy nã về tội lừa đảo tại Bình Dương

Từ khóa: cá độ bóng đá, đánh bạc, xét xử
"""

SCHEME = per("từ tháng 5/2022 đến tháng 12/2023", "2022-05-01", "2023-12-31")
Y24 = per("trong năm 2024", "2024-01-01", "2024-12-31")
M10 = per("10 tháng năm 2024", "2024-01-01", "2024-10-31")

FIGS = [
    fig("Tuyên án 15 bị cáo", "15", 15, "count", "bị cáo", subject="bị cáo bị tuyên án"),
    fig("cá độ bóng đá gần 2.000", "2.000", 2000e9, "money", "đồng", approx="nearly",
        subject="số tiền của đường dây cá độ bóng đá"),
    fig("sơ thẩm 15 bị cáo", "15", 15, "count", "bị cáo", subject="bị cáo bị tuyên án sơ thẩm"),
    fig("thuê 2 căn hộ", "2", 2, "count", "căn hộ", subject="căn hộ thuê làm nơi điều hành", period=SCHEME),
    fig("mở 4 tài khoản", "4", 4, "count", "tài khoản", subject="tài khoản tổng đại lý trên các trang cá độ bóng đá",
        period=SCHEME),
    fig("38 tài khoản", "38", 38, "count", "tài khoản", subject="tài khoản cấp dưới để bán cho người chơi",
        period=SCHEME),
    fig("đặt cược gần 2.000", "2.000", 2000e9, "money", "đồng", approx="nearly",
        subject="tổng số tiền các con bạc đặt cược", period=inh(SCHEME)),
    fig("hơn 46 tỷ", "46", 46e9, "money", "đồng", approx="over", subject="tiền các bị cáo thu lợi bất chính",
        period=inh(SCHEME)),
    fig("Bảo 12 năm", "12", 12, "measure", "năm tù", subject="mức án tù của bị cáo Bảo"),
    fig("bổ sung 200 triệu", "200", 200e6, "money", "đồng", subject="phạt bổ sung"),
    fig("(SN 1990) 9 năm", "9", 9, "measure", "năm tù", subject="mức án tù của bị cáo Trịnh Văn Lộc"),
    fig("13 bị cáo còn lại", "13", 13, "count", "bị cáo", subject="bị cáo còn lại"),
    fig("từ 3 đến 7", "3", 3, "measure", "năm tù", value_max=7, subject="mức án của 13 bị cáo còn lại"),
    fig("trong đó 2 bị cáo", "2", 2, "count", "bị cáo", total=13, subject="bị cáo được hưởng án treo"),
    fig("nhà nước 46,2 tỷ", "46,2", 46.2e9, "money", "đồng", subject="thu lợi bất chính bị tịch thu sung công quỹ"),
    fig("và 3 ô tô", "3", 3, "count", "ô tô", subject="ô tô bị tịch thu"),
    fig("lớn thứ ba", "ba", 3, "rank", "hạng", subject="vụ án cá độ bóng đá được đưa ra xét xử", period=Y24),
    fig("thụ lý 186 vụ án", "186", 186, "count", "vụ án", change=chg("increase", 17, "vụ", "cùng kỳ năm trước"),
        subject="vụ án về cờ bạc thụ lý", period=M10),
    fig("với 732 bị cáo", "732", 732, "count", "bị cáo", subject="bị cáo trong các vụ án về cờ bạc", period=M10),
    fig("khoảng 40%", "40", 40, "percent", "%", approx="about", subject="bị cáo dưới 30 tuổi", period=M10),
    fig("dưới 30 tuổi", "30", 30, "measure", "tuổi", approx="under", optional=True),
]

NOTES = [
    "News agency (TTXVN): section path, headline figure, '13/11/2024 18:20', 'TP Hồ Chí Minh, 13/11 (TTXVN) -' lead, 'Xem thêm', keywords.",
    "Distractors: 18:20, 13/11 (twice), quận 10, SN 1984, SN 1990, 'năm trước' baseline, quận Hoàng Mai in links.",
    "Location TP Hồ Chí Minh for all (the city court; the case spans two districts, so no single district).",
    "Prison terms are measures in 'năm tù' ('12 năm tù', '9 năm tù', 'từ 3 đến 7 năm tù' range); a sentence length is a quantity, not a period.",
    "'13 bị cáo còn lại' has no whole cue (15 is in another sentence, 'còn lại' is not a cue) → no total; 'trong đó 2 bị cáo' → total 13.",
    "'lớn thứ ba' → rank 3 in năm 2024; '186 vụ án …, tăng 17 vụ' → change in vụ; 'khoảng 40% số bị cáo dưới 30 tuổi' → percent; 'dưới 30 tuổi' is an age bracket (optional).",
    "Headline 'gần 2.000 tỷ đồng' is its own figure (no period).",
]

if __name__ == "__main__":
    write("p1358-7", TEXT, NOTES, FIGS, published="2024-11-13", location="TP Hồ Chí Minh")
