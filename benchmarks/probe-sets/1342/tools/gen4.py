"""p1342-4: formal report (Ban Chỉ huy PCTT, TKCN và PTDS tỉnh Bình Định): sea accidents and rescue 2024, flattened '|' table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH BÌNH ĐỊNH
BAN CHỈ HUY PCTT, TKCN VÀ PTDS
Số: 215/BC-BCH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình Định, ngày 25 tháng 12 năm 2024

BÁO CÁO
Kết quả công tác tìm kiếm, cứu nạn trên biển năm 2024 và nhiệm vụ năm 2025

I. TÌNH HÌNH TAI NẠN TÀU CÁ
Năm 2024, trên các ngư trường xảy ra 28 vụ tai nạn tàu cá của ngư dân tỉnh, giảm 6 vụ so với năm 2023, làm chìm 11 tàu, hư hỏng 17 tàu; 9 ngư dân chết và mất tích. Tổng thiệt hại ước tính 21,4 tỷ đồng.

Số tàu cá gặp nạn theo địa phương
Đơn vị tính: chiếc
Địa phương | Năm 2023 | Năm 2024 | So với cùng kỳ (%)
TX Hoài Nhơn | 19 | 15 | 78,9
Huyện Phù Mỹ | 7 | 6 | 85,7
Huyện Phù Cát | 5 | 4 | 80,0
TP Quy Nhơn | 3 | 3 | 100,0
Tổng cộng | 34 | 28 | 82,4

II. KẾT QUẢ TÌM KIẾM, CỨU NẠN
Các lực lượng đã tổ chức 24 vụ tìm kiếm, cứu nạn, cứu được 143 ngư dân, đạt tỷ lệ 94,1% số người gặp nạn, và lai dắt 21 tàu cá về bờ. Đã huy động 57 lượt tàu thuyền, gồm 12 lượt tàu Biên phòng, Cảnh sát biển và 45 lượt tàu cá của ngư dân, cùng trên 1.100 lượt người tham gia. Kinh phí chi cho công tác tìm kiếm, cứu nạn khoảng 3,8 tỷ đồng.

III. NHIỆM VỤ NĂM 2025
1. Phấn đấu giảm ít nhất 10% số vụ tai nạn tàu cá so với năm 2024.
2. Phấn đấu 100% tàu cá hoạt động vùng khơi duy trì kết nối thiết bị giám sát hành trình; tổ chức 02 đợt diễn tập tìm kiếm, cứu nạn trên biển.

Nơi nhận:
- Ban Chỉ đạo quốc gia về PCTT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, VP.
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y25 = per("NĂM 2025", "2025-01-01", "2025-12-31")
I24 = inh(Y24)
I25 = inh(Y25)

# table: place rows; (2023, 2024, index %) with the anchors that hold each cell once
ROWS = [("TX Hoài Nhơn", "Hoài Nhơn", "19", "15", "78,9"),
        ("Huyện Phù Mỹ", "Phù Mỹ", "7", "6", "85,7"),
        ("Huyện Phù Cát", "Phù Cát", "5", "4", "80,0"),
        ("TP Quy Nhơn", "Quy Nhơn", "3", "3", "100,0"),
        ("Tổng cộng", None, "34", "28", "82,4")]
CELLS = []
for label, place, a, b, c in ROWS:
    loc = {"location": place} if place else {}
    tot = "" if place else "tổng cộng "
    CELLS += [
        fig(f"{label} | {a}", a, float(a), "count", "chiếc", subject=f"số tàu cá gặp nạn {tot}năm 2023",
            period=Y23, **loc),
        fig(f"{b} | {c}", b, float(b), "count", "chiếc", subject=f"số tàu cá gặp nạn {tot}năm 2024",
            period=Y24, **loc),
        fig(f"| {c}", c, float(c.replace(",", ".")), "percent", "%",
            subject=f"số tàu cá gặp nạn {tot}so với cùng kỳ", period=I24, **loc),
    ]

FIGS = [
    fig("xảy ra 28 vụ", "28", 28, "count", "vụ", change=chg("decrease", 6, "vụ", "năm 2023"),
        subject="vụ tai nạn tàu cá của ngư dân tỉnh", period=Y24),
    fig("làm chìm 11 tàu", "11", 11, "count", "tàu", subject="tàu bị chìm", period=Y24),
    fig("hư hỏng 17 tàu", "17", 17, "count", "tàu", subject="tàu bị hư hỏng", period=Y24),
    fig("9 ngư dân", "9", 9, "count", "ngư dân", subject="ngư dân chết và mất tích", period=Y24),
    fig("ước tính 21,4 tỷ", "21,4", 21.4e9, "money", "đồng", status="estimate", subject="tổng thiệt hại",
        period=I24),
] + CELLS + [
    fig("tổ chức 24 vụ", "24", 24, "count", "vụ", subject="vụ tìm kiếm, cứu nạn", period=I24),
    fig("cứu được 143 ngư dân", "143", 143, "count", "ngư dân", percent=94.1, subject="ngư dân được cứu",
        period=I24),
    fig("lai dắt 21 tàu", "21", 21, "count", "tàu cá", subject="tàu cá được lai dắt về bờ", period=I24),
    fig("huy động 57 lượt", "57", 57, "count", "lượt tàu thuyền", subject="lượt tàu thuyền huy động",
        period=I24),
    fig("gồm 12 lượt", "12", 12, "count", "lượt tàu", total=57,
        subject="lượt tàu Biên phòng, Cảnh sát biển huy động", period=I24),
    fig("và 45 lượt", "45", 45, "count", "lượt tàu cá", total=57, subject="lượt tàu cá của ngư dân huy động",
        period=I24),
    fig("trên 1.100 lượt", "1.100", 1100, "count", "lượt người", approx="over",
        subject="lượt người tham gia", period=I24),
    fig("khoảng 3,8 tỷ", "3,8", 3.8e9, "money", "đồng", approx="about",
        subject="kinh phí chi cho công tác tìm kiếm, cứu nạn", period=I24),
    fig("ít nhất 10%", "10", 10, "percent", "%", approx="at_least", status="target",
        subject="số vụ tai nạn tàu cá giảm so với năm 2024", period=I25),
    fig("Phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="tàu cá hoạt động vùng khơi duy trì kết nối thiết bị giám sát hành trình", period=I25),
    fig("tổ chức 02 đợt", "02", 2, "count", "đợt", status="target",
        subject="đợt diễn tập tìm kiếm, cứu nạn trên biển", period=I25),
]

NOTES = [
    "Formal report: 'UBND TỈNH BÌNH ĐỊNH / BAN CHỈ HUY PCTT, TKCN VÀ PTDS', 'Số: 215/BC-BCH', 'Bình Định, ngày 25 tháng 12 năm 2024',",
    "sections I-III, numbered tasks 1.-2., 'Nơi nhận'. Distractors: the document number, the letterhead date, section and item numbers.",
    "Flattened '|' table, 'Đơn vị tính: chiếc', place column: a row's place goes to location (TX/Huyện/TP stripped), the 'Tổng cộng' row",
    "stays Bình Định; cell period from the column header (scored); 'So với cùng kỳ (%)' cells are percent figures with the 2024 period",
    "inherited (the header names no year). Table cells get no total (no part-of cue in the table).",
    "revised after the first run: the 'So với cùng kỳ (%)' cells' subjects lost 'năm 2024' (subject = caption + row + column label; the year is the period).",
    "'28 vụ …, giảm 6 vụ so với năm 2023' → change in vụ. Section II has no period phrase: inherits Năm 2024 (not scored).",
    "'cứu được 143 ngư dân, đạt tỷ lệ 94,1% số người gặp nạn' → percent attribute. '57 lượt tàu thuyền, gồm 12 … và 45 …' → total 57.",
    "Section III 'NHIỆM VỤ NĂM 2025' + 'Phấn đấu' → target; the ';' clause 'tổ chức 02 đợt' continues item 2's 'Phấn đấu' (target).",
    "'giảm ít nhất 10% số vụ' is a rate as the claim: percent figure, at_least, no change object.",
]

if __name__ == "__main__":
    write("p1342-4", TEXT, NOTES, FIGS, published="2024-12-25", location="Bình Định")
