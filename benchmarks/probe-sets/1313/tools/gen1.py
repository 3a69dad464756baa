"""p1313-1: province portal (An Giang): kè chống sạt lở bờ sông Hậu qua TP Long Xuyên; province landslide figures."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức > Kinh tế - Đầu tư

Kè chống sạt lở bờ sông Hậu qua TP Long Xuyên hoàn thành gần 90% khối lượng

Cập nhật: 16/10/2024 09:35 | Lượt xem: 1.284

Theo Ban Quản lý dự án đầu tư xây dựng và khu vực phát triển đô thị tỉnh An Giang, đến ngày 15/10/2024, công trình kè chống sạt lở bờ sông Hậu đoạn từ cầu Cái Sơn đến rạch Long Xuyên (TP Long Xuyên) đã hoàn thành khoảng 88% khối lượng, vượt 3% so với kế hoạch đề ra.

Công trình dài 1.820 m, gồm 2 đoạn: đoạn 1 dài 1.060 m và đoạn 2 dài 760 m, được đầu tư theo Quyết định số 2417/QĐ-UBND với tổng mức đầu tư 465 tỷ đồng. Kè có kết cấu tường cọc bản bê tông dự ứng lực SW740, cao trình đỉnh +3,5 m.

Lũy kế đến hết tháng 9/2024, dự án đã giải ngân 318,6 tỷ đồng, đạt 68,5% tổng mức đầu tư. Riêng năm 2024, dự án được bố trí 150 tỷ đồng, đã giải ngân 97,2 tỷ đồng, bằng 64,8% kế hoạch vốn năm.

Hiện nhà thầu huy động 4 mũi thi công với khoảng 120 công nhân, 18 sà lan và 9 máy đóng cọc, bình quân đóng 40-50 cọc/ngày.

Để giải phóng mặt bằng, TP Long Xuyên đã di dời 146 hộ dân, trong đó 38 hộ được bố trí tái định cư tại khu dân cư Bình Khánh 5, còn lại nhận tiền hỗ trợ tự lo chỗ ở; tổng kinh phí bồi thường, hỗ trợ hơn 72 tỷ đồng.

Toàn tỉnh An Giang hiện có 51 điểm sạt lở với tổng chiều dài khoảng 46 km, trong đó 14 điểm được xác định là sạt lở đặc biệt nguy hiểm. Từ đầu năm đến nay, trên địa bàn tỉnh xảy ra 23 vụ sạt lở, giảm 9 vụ so với cùng kỳ năm 2023, làm mất khoảng 1,7 ha đất.

UBND tỉnh phấn đấu đến năm 2025 hoàn thành thêm 6 công trình kè với tổng chiều dài hơn 12 km.

Tin liên quan:
- An Giang: Công bố tình huống khẩn cấp sạt lở bờ sông Tiền tại xã Kiến An
- Long Xuyên khánh thành cầu Cái Sơn 2
"""

LX = "Long Xuyên"
ASOF15 = per("đến ngày 15/10/2024", None, "2024-10-15")
ASOF9 = per("Lũy kế đến hết tháng 9/2024", None, "2024-09-30")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-16")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("gần 90%", "90", 90, "percent", "%", approx="nearly",
        subject="khối lượng kè chống sạt lở bờ sông Hậu hoàn thành", location=LX),
    fig("khoảng 88%", "88", 88, "percent", "%", approx="about",
        change=chg("increase", 3, "%", "kế hoạch đề ra"),
        subject="khối lượng công trình kè chống sạt lở bờ sông Hậu đã hoàn thành", period=ASOF15, location=LX),
    fig("dài 1.820 m", "1.820", 1820, "measure", "m", subject="chiều dài công trình", location=LX),
    fig("gồm 2 đoạn", "2", 2, "count", "đoạn", subject="đoạn của công trình", location=LX),
    fig("dài 1.060 m", "1.060", 1060, "measure", "m", total=1820, subject="chiều dài đoạn 1", location=LX),
    fig("dài 760 m", "760", 760, "measure", "m", total=1820, subject="chiều dài đoạn 2", location=LX),
    fig("465 tỷ", "465", 465e9, "money", "đồng", subject="tổng mức đầu tư công trình", location=LX),
    fig("+3,5 m", "3,5", 3.5, "measure", "m", subject="cao trình đỉnh kè", location=LX),
    fig("giải ngân 318,6 tỷ", "318,6", 318.6e9, "money", "đồng", percent=68.5,
        subject="vốn dự án đã giải ngân", period=ASOF9, location=LX),
    fig("bố trí 150 tỷ", "150", 150e9, "money", "đồng",
        subject="vốn dự án được bố trí", period=Y24, location=LX),
    fig("giải ngân 97,2 tỷ", "97,2", 97.2e9, "money", "đồng", percent=64.8,
        subject="vốn dự án đã giải ngân", period=Y24, location=LX),
    fig("4 mũi thi công", "4", 4, "count", "mũi thi công", subject="mũi thi công nhà thầu huy động",
        location=LX),
    fig("khoảng 120 công nhân", "120", 120, "count", "công nhân", approx="about",
        subject="công nhân nhà thầu huy động", location=LX),
    fig("18 sà lan", "18", 18, "count", "sà lan", subject="sà lan nhà thầu huy động", location=LX),
    fig("9 máy đóng cọc", "9", 9, "count", "máy đóng cọc", subject="máy đóng cọc nhà thầu huy động",
        location=LX),
    fig("40-50 cọc/ngày", "40", 40, "measure", "cọc/ngày", value_max=50,
        subject="số cọc đóng bình quân", location=LX),
    fig("146 hộ dân", "146", 146, "count", "hộ", subject="hộ dân di dời để giải phóng mặt bằng", location=LX),
    fig("38 hộ", "38", 38, "count", "hộ", total=146, subject="hộ được bố trí tái định cư", location=LX),
    fig("hơn 72 tỷ", "72", 72e9, "money", "đồng", approx="over",
        subject="tổng kinh phí bồi thường, hỗ trợ", location=LX),
    fig("51 điểm sạt lở", "51", 51, "count", "điểm sạt lở", subject="điểm sạt lở"),
    fig("khoảng 46 km", "46", 46, "measure", "km", approx="about", subject="tổng chiều dài các điểm sạt lở"),
    fig("14 điểm", "14", 14, "count", "điểm", total=51, subject="điểm sạt lở đặc biệt nguy hiểm"),
    fig("23 vụ sạt lở", "23", 23, "count", "vụ", change=chg("decrease", 9, "vụ", "cùng kỳ năm 2023"),
        subject="vụ sạt lở xảy ra trên địa bàn tỉnh", period=YTD),
    fig("khoảng 1,7 ha", "1,7", 1.7, "measure", "ha", approx="about",
        subject="diện tích đất mất do sạt lở", period=YTD),
    fig("thêm 6 công trình", "6", 6, "count", "công trình", status="target",
        subject="công trình kè hoàn thành thêm", period=T25),
    fig("hơn 12 km", "12", 12, "measure", "km", approx="over", status="target",
        subject="tổng chiều dài các công trình kè", period=T25),
]

NOTES = [
    "Province portal (An Giang): breadcrumb, headline figure, 'Cập nhật: 16/10/2024 09:35 | Lượt xem: 1.284', related links.",
    "Project passage (TP Long Xuyên) → location Long Xuyên; province passage and the target → An Giang (default).",
    "'gồm 2 đoạn: đoạn 1 dài 1.060 m và đoạn 2 dài 760 m' → 1.060 + 760 = 1.820: parts after 'gồm'/':' take total 1820;",
    "the count '2 đoạn' has no total (other unit). 'vượt 3% so với kế hoạch đề ra' is a plan gap → change (increase 3 %).",
    "'14 điểm' after 'trong đó' takes total 51. '40-50 cọc/ngày' is a rate range. Headline 'gần 90%' is its own figure (no period).",
    "Distractors: 09:35, Lượt xem 1.284, Quyết định số 2417/QĐ-UBND, SW740, 'đoạn 1', 'đoạn 2', Bình Khánh 5, cầu Cái Sơn 2,",
    "dates 15/10/2024, tháng 9/2024, năm 2023 (baseline), năm 2025 (period).",
]

if __name__ == "__main__":
    write("p1313-1", TEXT, NOTES, FIGS, published="2024-10-16", location="An Giang")
