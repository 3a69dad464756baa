"""p1289-3: formal report (UBND tỉnh Thái Bình, Số: 412/BC-UBND): feed and premix management 2024, '|' table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH THÁI BÌNH
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thái Bình, ngày 26 tháng 12 năm 2024

BÁO CÁO
Công tác quản lý thức ăn chăn nuôi, premix và phụ gia năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Sản xuất
Toàn tỉnh hiện có 21 cơ sở sản xuất thức ăn chăn nuôi thương mại, trong đó 4 cơ sở sản xuất premix và phụ gia. Sản lượng năm 2024 ước đạt 865.000 tấn, tăng 5,6% so với năm 2023. Riêng premix ước đạt khoảng 6.200 tấn.

2. Cơ sở kinh doanh thức ăn chăn nuôi theo địa bàn
Đơn vị tính: cơ sở
Địa bàn | Năm 2023 | Năm 2024 | So với cùng kỳ (%)
Huyện Đông Hưng | 118 | 126 | 106,8
Huyện Quỳnh Phụ | 164 | 171 | 104,3
Huyện Thái Thụy | 152 | 149 | 98,0
Các huyện, thành phố còn lại | 695 | 722 | 103,9
Tổng cộng | 1.129 | 1.168 | 103,5

3. Kiểm tra, xử lý vi phạm
Năm 2024, Sở Nông nghiệp và PTNT chủ trì kiểm tra 146 cơ sở, lấy 210 mẫu thức ăn chăn nuôi và premix để phân tích; phát hiện 9 mẫu không đạt chất lượng công bố (chiếm 4,3%), trong đó 3 mẫu premix có hàm lượng vitamin thấp hơn mức công bố. Xử phạt vi phạm hành chính 7 cơ sở với tổng số tiền 126,5 triệu đồng theo Nghị định số 14/2021/NĐ-CP.

II. NHIỆM VỤ NĂM 2025
Phấn đấu sản lượng thức ăn chăn nuôi năm 2025 đạt 900.000 tấn; kiểm tra ít nhất 150 cơ sở; tỷ lệ mẫu vi phạm dưới 3%.

Nơi nhận:
- Bộ Nông nghiệp và PTNT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NNTNMT.
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24s = per("năm 2024", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
IND = "cơ sở kinh doanh thức ăn chăn nuôi"


def cell(anchor, number, loc, col, row=None):
    """loc: the row label when it is a place (→ location); row: the row label when it is not (→ subject)."""
    head = f"{IND} {row}" if row else IND
    if col == "So với cùng kỳ (%)":
        v = float(number.replace(",", "."))
        return fig(anchor, number, v, "percent", "%", subject=f"{head} so với cùng kỳ",
                   period=inh(Y24), **({"location": loc} if loc else {}))
    v = float(number.replace(".", ""))
    p = Y23 if col == "Năm 2023" else Y24
    return fig(anchor, number, v, "count", "cơ sở", subject=f"{head} {col.lower()}", period=p,
               **({"location": loc} if loc else {}))


S = "So với cùng kỳ (%)"
FIGS = [
    fig("có 21 cơ sở", "21", 21, "count", "cơ sở", subject="cơ sở sản xuất thức ăn chăn nuôi thương mại"),
    fig("đó 4 cơ sở", "4", 4, "count", "cơ sở", total=21, subject="cơ sở sản xuất premix và phụ gia"),
    fig("ước đạt 865.000 tấn", "865.000", 865000.0, "measure", "tấn", status="estimate",
        change=chg("increase", 5.6, "%", "năm 2023"), subject="sản lượng thức ăn chăn nuôi", period=Y24s),
    fig("khoảng 6.200 tấn", "6.200", 6200.0, "measure", "tấn", approx="about", status="estimate",
        subject="sản lượng premix", period=inh(Y24s)),
    cell("Hưng | 118", "118", "Đông Hưng", "Năm 2023"),
    cell("118 | 126", "126", "Đông Hưng", "Năm 2024"),
    cell("126 | 106,8", "106,8", "Đông Hưng", S),
    cell("Phụ | 164", "164", "Quỳnh Phụ", "Năm 2023"),
    cell("164 | 171", "171", "Quỳnh Phụ", "Năm 2024"),
    cell("171 | 104,3", "104,3", "Quỳnh Phụ", S),
    cell("Thụy | 152", "152", "Thái Thụy", "Năm 2023"),
    cell("152 | 149", "149", "Thái Thụy", "Năm 2024"),
    cell("149 | 98,0", "98,0", "Thái Thụy", S),
    cell("lại | 695", "695", None, "Năm 2023", row="các huyện, thành phố còn lại"),
    cell("695 | 722", "722", None, "Năm 2024", row="các huyện, thành phố còn lại"),
    cell("722 | 103,9", "103,9", None, S, row="các huyện, thành phố còn lại"),
    cell("Tổng cộng | 1.129", "1.129", None, "Năm 2023", row="tổng cộng"),
    cell("1.129 | 1.168", "1.168", None, "Năm 2024", row="tổng cộng"),
    cell("1.168 | 103,5", "103,5", None, S, row="tổng cộng"),
    fig("kiểm tra 146 cơ sở", "146", 146, "count", "cơ sở", subject="cơ sở được kiểm tra", period=Y24),
    fig("lấy 210 mẫu", "210", 210, "count", "mẫu", subject="mẫu thức ăn chăn nuôi và premix lấy để phân tích",
        period=Y24),
    fig("phát hiện 9 mẫu", "9", 9, "count", "mẫu", percent=4.3, subject="mẫu không đạt chất lượng công bố",
        period=Y24),
    fig("đó 3 mẫu", "3", 3, "count", "mẫu", total=9,
        subject="mẫu premix có hàm lượng vitamin thấp hơn mức công bố", period=Y24),
    fig("phạt vi phạm hành chính 7 cơ sở", "7", 7, "count", "cơ sở", subject="cơ sở bị xử phạt vi phạm hành chính",
        period=inh(Y24)),
    fig("tiền 126,5 triệu", "126,5", 126.5e6, "money", "đồng", subject="tổng số tiền xử phạt vi phạm hành chính",
        period=inh(Y24)),
    fig("đạt 900.000 tấn", "900.000", 900000.0, "measure", "tấn", status="target",
        subject="sản lượng thức ăn chăn nuôi", period=Y25),
    fig("ít nhất 150 cơ sở", "150", 150, "count", "cơ sở", approx="at_least", status="target",
        subject="cơ sở được kiểm tra", period=Y25),
    fig("dưới 3%", "3", 3, "percent", "%", approx="under", status="target",
        subject="tỷ lệ mẫu vi phạm", period=Y25),
]

NOTES = [
    "Formal report: 'UBND TỈNH THÁI BÌNH', 'Số: 412/BC-UBND', 'Thái Bình, ngày 26 tháng 12 năm 2024' (published), sections I/II, 1-3, 'Nơi nhận'.",
    "Flattened '|' table, 'Đơn vị tính: cơ sở'; the row label is a place (district) → location; 'Các huyện, thành phố còn lại' and",
    "'Tổng cộng' are no place → location Thái Bình and their row label stays in the subject (revised after the first run).",
    "Subject = table indicator + row label (when not a place) + column label. Period from the column header",
    "('Năm 2023', 'Năm 2024', scored); the 'So với cùng kỳ (%)' column has no period in its header: 2024 inherited (not scored),",
    "its cells are percent figures, status actual (no Ước/Kế hoạch cue). Table cells get no total.",
    "'Riêng premix ước đạt khoảng 6.200 tấn' has its own cue → estimate + about; 'riêng' is no total cue.",
    "'phát hiện 9 mẫu ... (chiếm 4,3%)' → percent 4.3; no total (no 'trong số' cue); 'trong đó 3 mẫu' → total 9.",
    "Section II 'Phấn đấu ... năm 2025 ...; ...; ...' one sentence: all three target, period 2025 stated in the sentence.",
    "Distractors: 'Số: 412/BC-UBND', letterhead date, 'Nghị định số 14/2021/NĐ-CP', section numbers I./II./1.-3., 'Lưu: VT'.",
]

if __name__ == "__main__":
    write("p1289-3", TEXT, NOTES, FIGS, published="2024-12-26", location="Thái Bình")
