"""p1151-3: UBND tỉnh Hưng Yên formal report. Fire-safety checks at mattress/bedding plants in 2023, flattened '|' table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH HƯNG YÊN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                          Độc lập - Tự do - Hạnh phúc
Số: 48/BC-UBND                     Hưng Yên, ngày 26 tháng 02 năm 2024

BÁO CÁO
Kết quả kiểm tra an toàn phòng cháy, chữa cháy tại các cơ sở sản xuất nệm, chăn ga gối năm 2023

I. TÌNH HÌNH CHUNG
Tính đến ngày 31/12/2023, trên địa bàn tỉnh có 96 cơ sở sản xuất nệm, mút xốp, chăn ga gối, trong đó 58 cơ sở nằm trong các khu, cụm công nghiệp; tổng vốn đầu tư đăng ký đạt 4.350 tỷ đồng, sử dụng khoảng 11.800 lao động. Năm 2023, sản lượng toàn ngành ước đạt 2,8 triệu sản phẩm, tăng 7,5% so với năm 2022. Doanh thu toàn ngành đạt 3.920 tỷ đồng, bằng 104,3% kế hoạch.

II. KẾT QUẢ KIỂM TRA
1. Năm 2023, Công an tỉnh chủ trì tổ chức 142 lượt kiểm tra an toàn PCCC tại 96/96 cơ sở, phát hiện 31 cơ sở có vi phạm, xử phạt với tổng số tiền 417,5 triệu đồng; tạm đình chỉ hoạt động 3 cơ sở.
2. Kết quả theo địa bàn:
Đơn vị tính: cơ sở
Địa bàn | Số cơ sở | Đã kiểm tra | Có vi phạm
Văn Lâm | 34 | 34 | 12
Mỹ Hào | 27 | 27 | 8
Yên Mỹ | 21 | 21 | 7
Các huyện còn lại | 14 | 14 | 4
Tổng cộng | 96 | 96 | 31

III. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu 100% cơ sở được kiểm tra định kỳ ít nhất 1 lần/năm; hoàn thành lắp đặt hệ thống chữa cháy tự động tại 25 cơ sở có diện tích nhà xưởng trên 5.000 m2; giảm ít nhất 30% số cơ sở vi phạm so với năm 2023.

Nơi nhận:
- Bộ Công an;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NC.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = per("Tính đến ngày 31/12/2023", None, "2023-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("PHƯƠNG HƯỚNG NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)

COLS = {"so": "số cơ sở sản xuất nệm, chăn ga gối", "kt": "cơ sở đã kiểm tra an toàn PCCC",
        "vp": "cơ sở có vi phạm"}


def row(label, place, vals, anchors):
    out = []
    for key, (num, anc) in zip(("so", "kt", "vp"), zip(vals, anchors)):
        subj = COLS[key] if place else f"{COLS[key]} {label.lower()}"
        kw = {"location": place} if place else {}
        out.append(fig(anc, num, int(num), "count", "cơ sở", subject=subj, period=inh(Y23), **kw))
    return out


FIGS = [
    fig("có 96 cơ sở", "96", 96, "count", "cơ sở", period=ASOF,
        subject="cơ sở sản xuất nệm, mút xốp, chăn ga gối"),
    fig("trong đó 58 cơ sở", "58", 58, "count", "cơ sở", total=96, period=ASOF,
        subject="cơ sở sản xuất nệm nằm trong các khu, cụm công nghiệp"),
    fig("đạt 4.350 tỷ", "4.350", 4350e9, "money", "đồng", period=ASOF,
        subject="tổng vốn đầu tư đăng ký"),
    fig("khoảng 11.800 lao động", "11.800", 11800, "count", "lao động", approx="about", period=ASOF,
        subject="lao động các cơ sở sản xuất nệm, chăn ga gối"),
    fig("ước đạt 2,8 triệu", "2,8", 2.8e6, "count", "sản phẩm", status="estimate", period=Y23,
        change=chg("increase", 7.5, "%", "năm 2022"), subject="sản lượng toàn ngành"),
    fig("đạt 3.920 tỷ", "3.920", 3920e9, "money", "đồng", percent=104.3, period=inh(Y23),
        subject="doanh thu toàn ngành"),
    fig("tổ chức 142 lượt", "142", 142, "count", "lượt kiểm tra", period=Y23,
        subject="lượt kiểm tra an toàn PCCC"),
    fig("tại 96/96 cơ sở", "96", 96, "count", "cơ sở", total=96, period=Y23,
        subject="cơ sở được kiểm tra an toàn PCCC"),
    fig("phát hiện 31 cơ sở", "31", 31, "count", "cơ sở", period=Y23,
        subject="cơ sở có vi phạm"),
    fig("tiền 417,5 triệu", "417,5", 417.5e6, "money", "đồng", period=Y23,
        subject="tổng số tiền xử phạt"),
    fig("động 3 cơ sở", "3", 3, "count", "cơ sở", period=Y23,
        subject="cơ sở bị tạm đình chỉ hoạt động"),
]
FIGS += row("Văn Lâm", "Văn Lâm", ("34", "34", "12"), ("Văn Lâm | 34", "| 34 | 12", "| 12\n"))
FIGS += row("Mỹ Hào", "Mỹ Hào", ("27", "27", "8"), ("Mỹ Hào | 27", "| 27 | 8", "| 8\n"))
FIGS += row("Yên Mỹ", "Yên Mỹ", ("21", "21", "7"), ("Yên Mỹ | 21", "| 21 | 7", "| 7\n"))
FIGS += row("Các huyện còn lại", None, ("14", "14", "4"), ("lại | 14", "| 14 | 4", "| 4\n"))
FIGS += row("Tổng cộng", None, ("96", "96", "31"), ("Tổng cộng | 96", "| 96 | 31", "| 31\n"))
FIGS += [
    fig("Phấn đấu 100% cơ sở", "100", 100, "percent", "%", status="target", period=Y24,
        subject="cơ sở được kiểm tra định kỳ"),
    fig("ít nhất 1 lần/năm", "1", 1, "measure", "lần/năm", approx="at_least", status="target",
        optional=True, subject="số lần kiểm tra định kỳ"),
    fig("tại 25 cơ sở", "25", 25, "count", "cơ sở", status="target", period=Y24,
        subject="cơ sở hoàn thành lắp đặt hệ thống chữa cháy tự động"),
    fig("trên 5.000 m2", "5.000", 5000, "measure", "m2", approx="over", status="target",
        optional=True, subject="diện tích nhà xưởng"),
    fig("giảm ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target", period=Y24,
        subject="giảm số cơ sở vi phạm so với năm 2023"),
]

NOTES = [
    "Formal report under a letterhead: 'UBND TỈNH HƯNG YÊN', 'Số: 48/BC-UBND', 'Hưng Yên, ngày 26 tháng 02 năm 2024', sections I-III, 'Nơi nhận'.",
    "Distractors: document number 48/BC-UBND, section numbers I./II./III., 1./2., 'Lưu: VT, NC', heading 'PHƯƠNG HƯỚNG NĂM 2024'.",
    "Flattened '|' table (Đơn vị tính: cơ sở): rows are districts (-> location) plus 'Các huyện còn lại' and 'Tổng cộng' (province);",
    "cell subject = column label with the report's indicator; period 'Năm 2023' from item 1 (another line): inherited.",
    "'96/96 cơ sở' -> 96 with total 96. Doanh thu stands in its own sentence with plain 'đạt': actual, 'bằng 104,3% kế hoạch' is its percent.",
    "Section III targets continue 'Phấn đấu' across ';' (status target); thresholds '1 lần/năm', 'trên 5.000 m2' define indicators: optional.",
    "'giảm ít nhất 30% ... so với năm 2023' is a rate standing as the claim: percent figure, no change object.",
]

if __name__ == "__main__":
    write("p1151-3", TEXT, NOTES, FIGS, published="2024-02-26", location="Hưng Yên")
