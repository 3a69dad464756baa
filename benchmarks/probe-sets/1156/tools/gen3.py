"""p1156-3: formal report, UBND tỉnh Thái Bình, hygiene / security inspections of hair and beauty shops 2023; '|' table."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH THÁI BÌNH
Số: 214/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thái Bình, ngày 22 tháng 12 năm 2023

BÁO CÁO
Kết quả kiểm tra điều kiện vệ sinh, an ninh trật tự đối với cơ sở kinh doanh dịch vụ cắt tóc, gội đầu, làm đẹp năm 2023

I. KẾT QUẢ KIỂM TRA
1. Tình hình chung
Tính đến ngày 30/11/2023, toàn tỉnh có 1.864 cơ sở kinh doanh dịch vụ cắt tóc, gội đầu, làm đẹp, tăng 132 cơ sở so với năm 2022; trong đó 1.527 cơ sở đã đăng ký hộ kinh doanh (chiếm 81,9%). Năm 2023, các đoàn kiểm tra liên ngành đã kiểm tra 743 lượt cơ sở, bằng 123,8% kế hoạch.

2. Kết quả theo địa bàn
Đơn vị tính: cơ sở
Địa bàn | Số cơ sở | Được kiểm tra | Vi phạm
TP Thái Bình | 512 | 236 | 41
Huyện Thái Thụy | 298 | 118 | 17
Huyện Vũ Thư | 265 | 104 | 12
Các huyện còn lại | 789 | 285 | 38
Tổng cộng | 1.864 | 743 | 108

3. Xử lý vi phạm
Đã xử phạt vi phạm hành chính 64 cơ sở, số tiền 296,5 triệu đồng; nhắc nhở, yêu cầu khắc phục 44 cơ sở. Lỗi chủ yếu là không bảo đảm vệ sinh dụng cụ, không niêm yết giá, không có sổ theo dõi người lao động.

II. NHIỆM VỤ NĂM 2024
Phấn đấu 100% cơ sở làm đẹp có sử dụng thiết bị xâm lấn được kiểm tra; tổ chức 4 lớp tập huấn về vệ sinh cơ sở cho khoảng 400 chủ cơ sở.

Nơi nhận:
- Bộ Y tế (b/c);
- Công an tỉnh;
- Lưu: VT, NC2.
"""

ASOF = per("Tính đến ngày 30/11/2023", None, "2023-11-30")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("NHIỆM VỤ NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)

ROWS = {"TP Thái Bình": ("Thái Bình", ""), "Huyện Thái Thụy": ("Thái Thụy", ""),
        "Huyện Vũ Thư": ("Vũ Thư", ""), "Các huyện còn lại": ("Thái Bình", " các huyện còn lại"),
        "Tổng cộng": ("Thái Bình", " tổng cộng")}
COLS = {"Số cơ sở": ("số cơ sở", inh(ASOF)),
        "Được kiểm tra": ("cơ sở được kiểm tra", inh(Y23)),
        "Vi phạm": ("cơ sở vi phạm", inh(Y23))}


def cell(anchor, number, value, row, col):
    loc, extra = ROWS[row]
    subj, p = COLS[col]
    return fig(anchor, number, value, "count", "cơ sở", subject=subj + extra, period=p, location=loc)


FIGS = [
    fig("có 1.864 cơ sở", "1.864", 1864, "count", "cơ sở",
        change=chg("increase", 132, "cơ sở", "năm 2022"),
        subject="cơ sở kinh doanh dịch vụ cắt tóc, gội đầu, làm đẹp", period=ASOF),
    fig("trong đó 1.527 cơ sở", "1.527", 1527, "count", "cơ sở", total=1864, percent=81.9,
        subject="cơ sở đã đăng ký hộ kinh doanh", period=ASOF),
    fig("kiểm tra 743 lượt", "743", 743, "count", "lượt cơ sở", percent=123.8,
        subject="lượt cơ sở được các đoàn kiểm tra liên ngành kiểm tra", period=Y23),
    cell("TP Thái Bình | 512", "512", 512, "TP Thái Bình", "Số cơ sở"),
    cell("512 | 236", "236", 236, "TP Thái Bình", "Được kiểm tra"),
    cell("236 | 41", "41", 41, "TP Thái Bình", "Vi phạm"),
    cell("Thụy | 298", "298", 298, "Huyện Thái Thụy", "Số cơ sở"),
    cell("298 | 118", "118", 118, "Huyện Thái Thụy", "Được kiểm tra"),
    cell("118 | 17", "17", 17, "Huyện Thái Thụy", "Vi phạm"),
    cell("Thư | 265", "265", 265, "Huyện Vũ Thư", "Số cơ sở"),
    cell("265 | 104", "104", 104, "Huyện Vũ Thư", "Được kiểm tra"),
    cell("104 | 12", "12", 12, "Huyện Vũ Thư", "Vi phạm"),
    cell("lại | 789", "789", 789, "Các huyện còn lại", "Số cơ sở"),
    cell("789 | 285", "285", 285, "Các huyện còn lại", "Được kiểm tra"),
    cell("285 | 38", "38", 38, "Các huyện còn lại", "Vi phạm"),
    cell("Tổng cộng | 1.864", "1.864", 1864, "Tổng cộng", "Số cơ sở"),
    cell("1.864 | 743", "743", 743, "Tổng cộng", "Được kiểm tra"),
    cell("743 | 108", "108", 108, "Tổng cộng", "Vi phạm"),
    fig("hành chính 64 cơ sở", "64", 64, "count", "cơ sở",
        subject="cơ sở bị xử phạt vi phạm hành chính", period=inh(Y23)),
    fig("296,5 triệu", "296,5", 296500000, "money", "đồng", subject="số tiền xử phạt vi phạm hành chính",
        period=inh(Y23)),
    fig("khắc phục 44 cơ sở", "44", 44, "count", "cơ sở",
        subject="cơ sở bị nhắc nhở, yêu cầu khắc phục", period=inh(Y23)),
    fig("Phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="cơ sở làm đẹp có sử dụng thiết bị xâm lấn được kiểm tra", period=Y24),
    fig("tổ chức 4 lớp", "4", 4, "count", "lớp", status="target",
        subject="lớp tập huấn về vệ sinh cơ sở", period=Y24),
    fig("khoảng 400 chủ", "400", 400, "count", "chủ cơ sở", approx="about", status="target",
        subject="chủ cơ sở được tập huấn về vệ sinh cơ sở", period=Y24),
]

NOTES = [
    "Formal report under letterhead: 'UBND TỈNH THÁI BÌNH', 'Số: 214/BC-UBND', 'Thái Bình, ngày 22 tháng 12 năm 2023' (published).",
    "Flattened '|' table, 'Đơn vị tính: cơ sở', rows are places (→ location; 'TP Thái Bình' reduces to Thái Bình),",
    "'Các huyện còn lại' and 'Tổng cộng' keep the province and go into the subject. Columns give the subject; periods",
    "inherited (Số cơ sở: as of 30/11/2023; Được kiểm tra / Vi phạm: năm 2023). Table cells get no total.",
    "1.527 after 'trong đó' → total 1.864 and percent 81,9 from '(chiếm 81,9%)'. 743 'bằng 123,8% kế hoạch' → percent.",
    "Section 3: 64 + 44 = 108 (Vi phạm) but no part cue: no total. Section II 'Phấn đấu' governs the clauses after ';' → target,",
    "period from the heading 'NHIỆM VỤ NĂM 2024' (inherited). Distractors: report number, section numbers I/II/1-3, 'NC2'.",
]

if __name__ == "__main__":
    write("p1156-3", TEXT, NOTES, FIGS, published="2023-12-22", location="Thái Bình")
