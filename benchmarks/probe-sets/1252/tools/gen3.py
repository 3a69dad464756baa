"""p1252-3: formal report (UBND tỉnh Hải Dương), flattened '|' table by district, 'Đơn vị tính: triệu đồng'."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH HẢI DƯƠNG
Số: 187/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hải Dương, ngày 12 tháng 7 năm 2024

BÁO CÁO
Kết quả thực hiện chính sách hỗ trợ nhóm trẻ độc lập ở địa bàn có khu công nghiệp 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Mạng lưới nhóm trẻ
Toàn tỉnh có 11 khu công nghiệp đang hoạt động, thu hút khoảng 142.000 lao động. Đến ngày 30/6/2024, các xã, phường có khu công nghiệp có 156 nhóm trẻ độc lập tư thục, nuôi dưỡng 4.870 trẻ (gồm 3.920 trẻ là con công nhân và 950 trẻ khác).

2. Kinh phí hỗ trợ theo Nghị định số 105/2020/NĐ-CP
Đơn vị tính: triệu đồng
STT | Địa phương | 6 tháng đầu năm 2023 | 6 tháng đầu năm 2024 | So với cùng kỳ (%)
1 | Thành phố Hải Dương | 612 | 745 | 121,7
2 | Huyện Cẩm Giàng | 1.038 | 1.254 | 120,8
3 | Huyện Bình Giang | 487 | 530 | 108,8
4 | Thị xã Kinh Môn | 356 | 402 | 112,9
 | Tổng cộng | 2.493 | 2.931 | 117,6

Lũy kế 6 tháng, toàn tỉnh đã hỗ trợ 2.614 lượt trẻ và 318 lượt giáo viên với tổng kinh phí 2.931 triệu đồng, bằng 48,6% kế hoạch năm.

3. Tồn tại, hạn chế
Còn 23 nhóm trẻ chưa được cấp phép, chiếm 14,7% tổng số nhóm; tỷ lệ trẻ là con công nhân được gửi vào cơ sở giáo dục mầm non mới đạt khoảng 61%, thấp hơn 9% so với chỉ tiêu đề ra (70%).

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
Phấn đấu cấp phép thêm ít nhất 15 nhóm trẻ; giải ngân 100% kinh phí hỗ trợ còn lại, khoảng 3,1 tỷ đồng; bồi dưỡng chuyên môn cho 400 giáo viên, người chăm sóc trẻ.

Nơi nhận:
- Bộ Giáo dục và Đào tạo;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, VX.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Minh Khánh
"""

ASOF = per("Đến ngày 30/6/2024", end="2024-06-30")
H1_23 = per("6 tháng đầu năm 2023", "2023-01-01", "2023-06-30")
H1_24 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
CUM = per("Lũy kế 6 tháng", "2024-01-01", "2024-06-30")
H2 = per("6 THÁNG CUỐI NĂM 2024", "2024-07-01", "2024-12-31", inherited=True)

TABLE = [
    ("Thành phố Hải Dương", "Hải Dương", ["612", "745", "121,7"]),
    ("Huyện Cẩm Giàng", "Cẩm Giàng", ["1.038", "1.254", "120,8"]),
    ("Huyện Bình Giang", "Bình Giang", ["487", "530", "108,8"]),
    ("Thị xã Kinh Môn", "Kinh Môn", ["356", "402", "112,9"]),
    ("Tổng cộng", "Hải Dương", ["2.493", "2.931", "117,6"]),
]


def cells():
    """Row label is a place → location; subject = caption indicator + (Tổng cộng) + column label."""
    out = []
    for label, place, (a, b, c) in TABLE:
        tot = " tổng cộng" if label == "Tổng cộng" else ""
        out.append(fig(f"| {label} | {a} |", a, float(a.replace(".", "")) * 1e6, "money", "đồng",
                       subject=f"kinh phí hỗ trợ{tot} 6 tháng đầu năm 2023", period=H1_23, location=place))
        out.append(fig(f"| {a} | {b} |", b, float(b.replace(".", "")) * 1e6, "money", "đồng",
                       subject=f"kinh phí hỗ trợ{tot} 6 tháng đầu năm 2024", period=H1_24, location=place))
        out.append(fig(f"| {b} | {c}", c, float(c.replace(",", ".")), "percent", "%",
                       subject=f"kinh phí hỗ trợ{tot} so với cùng kỳ", period=inh(H1_24), location=place))
    return out


FIGS = [
    fig("có 11 khu công nghiệp", "11", 11, "count", "khu công nghiệp", subject="khu công nghiệp đang hoạt động"),
    fig("khoảng 142.000 lao động", "142.000", 142000, "count", "lao động", approx="about",
        subject="lao động các khu công nghiệp thu hút"),
    fig("có 156 nhóm", "156", 156, "count", "nhóm trẻ",
        subject="nhóm trẻ độc lập tư thục ở các xã, phường có khu công nghiệp", period=ASOF),
    fig("nuôi dưỡng 4.870 trẻ", "4.870", 4870, "count", "trẻ", subject="trẻ được nuôi dưỡng", period=ASOF),
    fig("gồm 3.920 trẻ", "3.920", 3920, "count", "trẻ", total=4870, subject="trẻ là con công nhân",
        period=ASOF),
    fig("và 950 trẻ", "950", 950, "count", "trẻ", total=4870, subject="trẻ khác", period=ASOF),
] + cells() + [
    fig("hỗ trợ 2.614 lượt", "2.614", 2614, "count", "lượt trẻ", subject="lượt trẻ được hỗ trợ", period=CUM),
    fig("và 318 lượt", "318", 318, "count", "lượt giáo viên", subject="lượt giáo viên được hỗ trợ",
        period=CUM),
    fig("kinh phí 2.931 triệu", "2.931", 2931e6, "money", "đồng", percent=48.6,
        subject="tổng kinh phí hỗ trợ", period=CUM),
    fig("Còn 23 nhóm", "23", 23, "count", "nhóm trẻ", percent=14.7,
        subject="nhóm trẻ chưa được cấp phép"),
    fig("khoảng 61%", "61", 61, "percent", "%", approx="about",
        change=chg("decrease", 9, "%", "chỉ tiêu đề ra"), target=tgt(70, "%", met=False),
        subject="tỷ lệ trẻ là con công nhân được gửi vào cơ sở giáo dục mầm non"),
    fig("ít nhất 15 nhóm", "15", 15, "count", "nhóm trẻ", approx="at_least", status="target",
        subject="nhóm trẻ cấp phép thêm", period=H2),
    fig("giải ngân 100%", "100", 100, "percent", "%", status="target",
        subject="giải ngân kinh phí hỗ trợ còn lại", period=H2),
    fig("khoảng 3,1 tỷ", "3,1", 3.1e9, "money", "đồng", approx="about", status="target",
        subject="kinh phí hỗ trợ còn lại", period=H2),
    fig("cho 400 giáo viên", "400", 400, "count", "giáo viên, người chăm sóc trẻ", status="target",
        subject="giáo viên, người chăm sóc trẻ được bồi dưỡng chuyên môn", period=H2),
]

NOTES = [
    "Formal report (UBND tỉnh Hải Dương, Số: 187/BC-UBND, 'Hải Dương, ngày 12 tháng 7 năm 2024'), sections I/II and 1-3, 'Nơi nhận'.",
    "Distractors: document numbers (187/BC-UBND, Nghị định số 105/2020/NĐ-CP), letterhead date, section numbers, STT row numbers 1-4,",
    "'Lưu: VT, VX', the title period '6 tháng đầu năm 2024'.",
    "'4.870 trẻ (gồm 3.920 ... và 950 ...)': bracketed breakdown that adds up → total 4870.",
    "Flattened '|' table, 'Đơn vị tính: triệu đồng': every numeric cell is a figure (×10^6 đồng); the place column goes to location",
    "(Tổng cộng → the province); period from the column headers. 'So với cùng kỳ (%)' cells are percent figures; their period",
    "(6 tháng đầu năm 2024, from the report title) is not in the header, so it is marked inherited. Cells get no total.",
    "'Lũy kế 6 tháng' is a period phrase (year from the letterhead / the section above). 'bằng 48,6% kế hoạch năm' → percent attribute.",
    "'Còn 23 nhóm ..., chiếm 14,7% tổng số nhóm' → percent attribute; the whole is named, not numbered, so no total.",
    "'khoảng 61%, thấp hơn 9% so với chỉ tiêu đề ra (70%)' → change decrease 9 (baseline the target) and target 70, as in the shared gold h09.",
    "Section II 'NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024' + 'Phấn đấu' → target for all four clauses; the heading is another line → inherited period.",
]

if __name__ == "__main__":
    write("p1252-3", TEXT, NOTES, FIGS, published="2024-07-12", location="Hải Dương")
