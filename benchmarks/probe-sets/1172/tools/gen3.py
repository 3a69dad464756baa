"""p1172-3: formal report (UBND tỉnh Đồng Nai), load control 6 months 2024, flattened | table by district."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH ĐỒNG NAI
Số: 142/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đồng Nai, ngày 08 tháng 7 năm 2024

BÁO CÁO
Kết quả kiểm soát tải trọng phương tiện 6 tháng đầu năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Kết quả chung
6 tháng đầu năm 2024, các lực lượng chức năng trên địa bàn tỉnh đã kiểm tra tải trọng 5.380 phương tiện, phát hiện 742 xe vi phạm, bằng 88,6% so với cùng kỳ năm 2023; số tiền xử phạt 12,46 tỷ đồng đã nộp vào ngân sách nhà nước.

2. Kết quả theo địa bàn
Đơn vị tính: xe
Địa bàn | Kiểm tra | Vi phạm | Tiền phạt (triệu đồng)
Biên Hòa | 1.460 | 205 | 3.420
Long Thành | 1.210 | 168 | 2.865
Vĩnh Cửu | 985 | 152 | 2.610
Tân Phú | 640 | 71 | 1.185
Các địa bàn khác | 1.085 | 146 | 2.380
Tổng cộng | 5.380 | 742 | 12.460

3. Kiểm soát tại nguồn hàng
Toàn tỉnh có 38 mỏ khai thác vật liệu xây dựng đang hoạt động; đến ngày 30/6/2024 đã có 35/38 mỏ lắp đặt trạm cân, đạt 92,1%. Các đơn vị đã tổ chức 126 lượt kiểm tra tại mỏ, bến bãi, yêu cầu hạ tải 1.840 tấn vật liệu.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
1. Phấn đấu giảm tỷ lệ xe vi phạm tải trọng xuống dưới 10%.
2. 100% mỏ khai thác lắp đặt trạm cân trước ngày 31/12/2024.
3. Đưa vào vận hành 2 trạm cân tự động trên Quốc lộ 51 và ĐT768.

Nơi nhận:
- Bộ GTVT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KTN.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = P("đến ngày 30/6/2024", None, "2024-06-30")
H2 = P("6 THÁNG CUỐI NĂM 2024", "2024-07-01", "2024-12-31", inherited=True)
DEAD = P("trước ngày 31/12/2024", None, "2024-12-31")

COLS = {"Kiểm tra": "xe kiểm tra", "Vi phạm": "xe vi phạm", "Tiền phạt": "tiền phạt"}


def cell(anchor, number, value, row, col, place=None):
    subj = COLS[col] if place else f"{COLS[col]} {row}"
    if col == "Tiền phạt":
        return F(anchor, number, value * 1e6, "money", "đồng", subject=subj, period=I(H1),
                 location=place or "Đồng Nai")
    return F(anchor, number, value, "count", "xe", subject=subj, period=I(H1), location=place or "Đồng Nai")


FIGS = [
    F("tải trọng 5.380 phương tiện", "5.380", 5380, "count", "phương tiện",
      subject="phương tiện được kiểm tra tải trọng", period=H1),
    F("phát hiện 742 xe", "742", 742, "count", "xe", percent=88.6,
      subject="xe vi phạm tải trọng", period=H1),
    F("12,46 tỷ", "12,46", 12.46e9, "money", "đồng", subject="số tiền xử phạt", period=H1),
    cell("Biên Hòa | 1.460", "1.460", 1460, "Biên Hòa", "Kiểm tra", "Biên Hòa"),
    cell("1.460 | 205", "205", 205, "Biên Hòa", "Vi phạm", "Biên Hòa"),
    cell("205 | 3.420", "3.420", 3420, "Biên Hòa", "Tiền phạt", "Biên Hòa"),
    cell("Long Thành | 1.210", "1.210", 1210, "Long Thành", "Kiểm tra", "Long Thành"),
    cell("1.210 | 168", "168", 168, "Long Thành", "Vi phạm", "Long Thành"),
    cell("168 | 2.865", "2.865", 2865, "Long Thành", "Tiền phạt", "Long Thành"),
    cell("Vĩnh Cửu | 985", "985", 985, "Vĩnh Cửu", "Kiểm tra", "Vĩnh Cửu"),
    cell("985 | 152", "152", 152, "Vĩnh Cửu", "Vi phạm", "Vĩnh Cửu"),
    cell("152 | 2.610", "2.610", 2610, "Vĩnh Cửu", "Tiền phạt", "Vĩnh Cửu"),
    cell("Tân Phú | 640", "640", 640, "Tân Phú", "Kiểm tra", "Tân Phú"),
    cell("640 | 71", "71", 71, "Tân Phú", "Vi phạm", "Tân Phú"),
    cell("71 | 1.185", "1.185", 1185, "Tân Phú", "Tiền phạt", "Tân Phú"),
    cell("khác | 1.085", "1.085", 1085, "các địa bàn khác", "Kiểm tra"),
    cell("1.085 | 146", "146", 146, "các địa bàn khác", "Vi phạm"),
    cell("146 | 2.380", "2.380", 2380, "các địa bàn khác", "Tiền phạt"),
    cell("Tổng cộng | 5.380", "5.380", 5380, "tổng cộng", "Kiểm tra"),
    cell("5.380 | 742", "742", 742, "tổng cộng", "Vi phạm"),
    cell("742 | 12.460", "12.460", 12460, "tổng cộng", "Tiền phạt"),
    F("có 38 mỏ", "38", 38, "count", "mỏ",
      subject="mỏ khai thác vật liệu xây dựng đang hoạt động"),
    F("35/38 mỏ", "35", 35, "count", "mỏ", total=38, percent=92.1,
      subject="mỏ khai thác lắp đặt trạm cân", period=ASOF),
    F("126 lượt", "126", 126, "count", "lượt kiểm tra",
      subject="lượt kiểm tra tại mỏ, bến bãi", period=I(H1)),
    F("1.840 tấn", "1.840", 1840, "measure", "tấn",
      subject="vật liệu yêu cầu hạ tải", period=I(H1)),
    F("dưới 10%", "10", 10, "percent", "%", approx="under", status="target",
      subject="tỷ lệ xe vi phạm tải trọng", period=H2),
    F("100% mỏ khai thác", "100", 100, "percent", "%", status="target",
      subject="tỷ lệ mỏ khai thác lắp đặt trạm cân", period=DEAD),
    F("vận hành 2 trạm", "2", 2, "count", "trạm cân tự động", status="target",
      subject="trạm cân tự động đưa vào vận hành", period=H2),
]

NOTES = [
    "Formal report: 'UBND TỈNH ĐỒNG NAI', 'Số: 142/BC-UBND', 'Đồng Nai, ngày 08 tháng 7 năm 2024' (published), sections I/II, 'Nơi nhận'.",
    "Flattened '|' table, 'Đơn vị tính: xe', but the column 'Tiền phạt (triệu đồng)' gives money ×10^6. Row labels are districts → location;",
    "subject = column label only ('xe kiểm tra', 'xe vi phạm', 'tiền phạt'); 'Các địa bàn khác' and 'Tổng cộng' keep the row label, location Đồng Nai.",
    "Table period from the title '6 tháng đầu năm 2024' (inherited). Cells get no totals. Section II targets: heading period inherited,",
    "except item 2, whose deadline 'trước ngày 31/12/2024' stands in its own sentence (end only). '35/38 mỏ' → total 38.",
    "Distractors: Số: 142/BC-UBND, section numbers I./II./1.-3., Quốc lộ 51, ĐT768, 'Lưu: VT, KTN'.",
]

if __name__ == "__main__":
    write("p1172-3", TEXT, NOTES, FIGS, published="2024-07-08", location="Đồng Nai")
