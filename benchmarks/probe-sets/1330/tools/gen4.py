"""p1330-4: provincial Party newspaper (Báo Quảng Nam, tag '(QNO) -'): land revenue in the first half of 2024 falls short."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO QUẢNG NAM
Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao

Thu tiền sử dụng đất 6 tháng chỉ đạt gần 20% dự toán

Thứ Tư, 10/07/2024, 07:15

Thị trường bất động sản trầm lắng, nhiều phiên đấu giá không có người tham gia khiến nguồn thu tiền sử dụng đất đạt thấp, ảnh hưởng lớn đến cân đối ngân sách của tỉnh.

(QNO) - Theo Sở Tài chính, 6 tháng đầu năm 2024, thu tiền sử dụng đất trên địa bàn tỉnh đạt hơn 390 tỷ đồng, mới bằng 19,5% dự toán năm (2.000 tỷ đồng), giảm 35% so với cùng kỳ. Trong đó, TP Tam Kỳ thu 112 tỷ đồng, thị xã Điện Bàn 86 tỷ đồng, TP Hội An 41 tỷ đồng; có 5 huyện chưa phát sinh khoản thu này.

Từ đầu năm đến nay, trong số 23 phiên đấu giá đã tổ chức, chỉ có 9 phiên thành công với 148 lô đất trúng đấu giá trên tổng số 620 lô đưa ra. Hai phiên đấu giá tại phường Điện Nam Trung (thị xã Điện Bàn) phải dừng vì không có hồ sơ đăng ký; giá trúng bình quân tại khu vực này chỉ khoảng 9,8 triệu đồng/m2, thấp hơn 15% so với năm 2022.

Hiện tỉnh đã phải tạm dừng bố trí khoảng 450 tỷ đồng vốn đầu tư công từ nguồn thu này.

Ông Trần Văn Hưng, Giám đốc Sở Tài chính cho biết, 6 tháng cuối năm, tỉnh dự kiến đưa ra đấu giá 12 khu đất với khoảng 1.100 lô; phấn đấu thu từ đất ít nhất 1.200 tỷ đồng. "Các địa phương phải rà soát lại giá khởi điểm cho sát thị trường, tránh để phiên đấu giá không có người tham gia", ông Hưng nói.

VINH ANH
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1s = per("6 tháng", "2024-01-01", "2024-06-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-07-10")
H2 = per("6 tháng cuối năm", "2024-07-01", "2024-12-31")
SUBJ = "thu tiền sử dụng đất"

FIGS = [
    fig("gần 20%", "20", 20, "percent", "%", approx="nearly",
        subject="thu tiền sử dụng đất so với dự toán", period=H1s),
    fig("hơn 390 tỷ", "390", 390e9, "money", "đồng", approx="over", percent=19.5,
        change=chg("decrease", 35, "%", "cùng kỳ"), target=tgt(2000e9, "đồng"),
        subject=SUBJ, period=H1),
    fig("Tam Kỳ thu 112 tỷ", "112", 112e9, "money", "đồng", total=390e9,
        subject=SUBJ, period=inh(H1), location="Tam Kỳ"),
    fig("Điện Bàn 86 tỷ", "86", 86e9, "money", "đồng", total=390e9,
        subject=SUBJ, period=inh(H1), location="Điện Bàn"),
    fig("Hội An 41 tỷ", "41", 41e9, "money", "đồng", total=390e9,
        subject=SUBJ, period=inh(H1), location="Hội An"),
    fig("có 5 huyện", "5", 5, "count", "huyện",
        subject="huyện chưa phát sinh khoản thu tiền sử dụng đất", period=inh(H1)),
    fig("số 23 phiên", "23", 23, "count", "phiên đấu giá", subject="phiên đấu giá đã tổ chức", period=YTD),
    fig("có 9 phiên", "9", 9, "count", "phiên", total=23, subject="phiên đấu giá thành công", period=YTD),
    fig("với 148 lô", "148", 148, "count", "lô đất", total=620,
        subject="lô đất trúng đấu giá", period=YTD),
    fig("tổng số 620 lô", "620", 620, "count", "lô", subject="lô đất đưa ra đấu giá", period=YTD, optional=True),
    fig("Hai phiên", "Hai", 2, "count", "phiên đấu giá",
        subject="phiên đấu giá phải dừng vì không có hồ sơ đăng ký", period=inh(YTD), location="Điện Bàn"),
    fig("khoảng 9,8 triệu", "9,8", 9.8e6, "money", "đồng/m2", approx="about",
        change=chg("decrease", 15, "%", "năm 2022"), subject="giá trúng bình quân", location="Điện Bàn"),
    fig("khoảng 450 tỷ", "450", 450e9, "money", "đồng", approx="about",
        subject="vốn đầu tư công từ nguồn thu tiền sử dụng đất tạm dừng bố trí"),
    fig("đấu giá 12 khu", "12", 12, "count", "khu đất", status="forecast",
        subject="khu đất đưa ra đấu giá", period=H2),
    fig("khoảng 1.100 lô", "1.100", 1100, "count", "lô", approx="about", status="forecast",
        subject="lô đất đưa ra đấu giá", period=H2),
    fig("ít nhất 1.200 tỷ", "1.200", 1200e9, "money", "đồng", approx="at_least", status="target",
        subject="thu từ đất", period=H2),
]

NOTES = [
    "Provincial Party newspaper (Báo Quảng Nam): menu, headline figure, 'Thứ Tư, 10/07/2024, 07:15', sapo, tag '(QNO) -', byline at the end.",
    "Distractors: 07:15, the dateline, 'năm 2022' as a baseline, 'cùng kỳ'.",
    "'đạt hơn 390 tỷ đồng, mới bằng 19,5% dự toán năm (2.000 tỷ đồng), giảm 35% …' → percent 19.5, change −35%, and the bracketed plan amount",
    "is the figure's target (2.000 tỷ), not a figure of its own. 'Trong đó' parts take total 390 tỷ; '5 huyện' counts districts: no total.",
    "'trong số 23 phiên …, chỉ có 9 phiên' → 23 is a figure, 9 has total 23 (as 'Trong 25 chỉ tiêu, có 24'). '148 lô … trên tổng số 620 lô'",
    "→ total 620; whether 620 is also a figure of its own is left open (optional).",
    "'Hiện …' gives no period. '6 tháng cuối năm, tỉnh dự kiến … ; phấn đấu …' → forecast, then target; both 2024-07-01..2024-12-31.",
]

if __name__ == "__main__":
    write("p1330-4", TEXT, NOTES, FIGS, published="2024-07-10", location="Quảng Nam")
