"""p1116-3: formal report (UBND tỉnh Vĩnh Phúc) on 2023 auto/motorbike training, flattened | table."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH VĨNH PHÚC
Số: 27/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Vĩnh Phúc, ngày 15 tháng 01 năm 2024

BÁO CÁO
Kết quả đào tạo nghề công nghệ ô tô, sửa chữa xe máy năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Tuyển sinh, đào tạo
Năm 2023, toàn tỉnh tuyển sinh 3.420 người học các nghề công nghệ ô tô, sửa chữa xe máy, bằng 104,2% kế hoạch, trong đó trình độ cao đẳng 1.180 người, trung cấp 960 người, sơ cấp 1.280 người. Số người tốt nghiệp là 2.915 người; tỷ lệ có việc làm sau 6 tháng tốt nghiệp đạt 91,3%.

2. Kết quả theo cơ sở đào tạo
Đơn vị tính: người
Cơ sở đào tạo | Tuyển sinh | Tốt nghiệp | Có việc làm
Trường Cao đẳng Kỹ thuật Vĩnh Phúc | 1.240 | 1.065 | 1.002
Trường Cao đẳng nghề số 2 | 860 | 742 | 689
Các trung tâm GDNN-GDTX | 610 | 534 | 470
Các cơ sở khác | 710 | 574 | 500
Tổng cộng | 3.420 | 2.915 | 2.661

3. Cơ sở sửa chữa, bảo dưỡng phương tiện
Tính đến ngày 31/12/2023, trên địa bàn tỉnh có 1.146 cơ sở sửa chữa, bảo dưỡng ô tô, xe máy đăng ký kinh doanh, tăng 87 cơ sở so với năm 2022; trong đó 214 gara ô tô và 932 cửa hàng sửa chữa xe máy. Các cơ sở sử dụng khoảng 4.800 lao động, tiền lương bình quân 7,9 triệu đồng/người/tháng.

II. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu tuyển sinh 3.600 người học nhóm nghề ô tô, xe máy, tỷ lệ có việc làm sau tốt nghiệp trên 92%; phối hợp với các doanh nghiệp ô tô trên địa bàn tiếp nhận khoảng 500 lượt học viên thực tập.

Nơi nhận:
- Bộ LĐ-TB&XH (b/c);
- Lưu: VT, VX1.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("Tính đến ngày 31/12/2023", None, "2023-12-31")
Y24 = P("PHƯƠNG HƯỚNG NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)


def cell(anchor, number, value, row, col):
    return F(anchor, number, value, "count", "người", subject=f"{col} {row}", period=I(Y23))


FIGS = [
    F("tuyển sinh 3.420 người", "3.420", 3420, "count", "người học", percent=104.2,
      subject="người học các nghề công nghệ ô tô, sửa chữa xe máy tuyển sinh", period=Y23),
    F("cao đẳng 1.180 người", "1.180", 1180, "count", "người", total=3420,
      subject="tuyển sinh trình độ cao đẳng", period=Y23),
    F("trung cấp 960 người", "960", 960, "count", "người", total=3420,
      subject="tuyển sinh trình độ trung cấp", period=Y23),
    F("sơ cấp 1.280 người", "1.280", 1280, "count", "người", total=3420,
      subject="tuyển sinh trình độ sơ cấp", period=Y23),
    F("là 2.915 người", "2.915", 2915, "count", "người", subject="người tốt nghiệp", period=I(Y23)),
    F("sau 6 tháng", "6", 6, "measure", "tháng", optional=True, subject="thời gian sau tốt nghiệp"),
    F("đạt 91,3%", "91,3", 91.3, "percent", "%", subject="tỷ lệ có việc làm sau 6 tháng tốt nghiệp", period=I(Y23)),
    cell("Phúc | 1.240", "1.240", 1240, "Trường Cao đẳng Kỹ thuật Vĩnh Phúc", "Tuyển sinh"),
    cell("1.240 | 1.065", "1.065", 1065, "Trường Cao đẳng Kỹ thuật Vĩnh Phúc", "Tốt nghiệp"),
    cell("1.065 | 1.002", "1.002", 1002, "Trường Cao đẳng Kỹ thuật Vĩnh Phúc", "Có việc làm"),
    cell("số 2 | 860", "860", 860, "Trường Cao đẳng nghề số 2", "Tuyển sinh"),
    cell("860 | 742", "742", 742, "Trường Cao đẳng nghề số 2", "Tốt nghiệp"),
    cell("742 | 689", "689", 689, "Trường Cao đẳng nghề số 2", "Có việc làm"),
    cell("GDTX | 610", "610", 610, "Các trung tâm GDNN-GDTX", "Tuyển sinh"),
    cell("610 | 534", "534", 534, "Các trung tâm GDNN-GDTX", "Tốt nghiệp"),
    cell("534 | 470", "470", 470, "Các trung tâm GDNN-GDTX", "Có việc làm"),
    cell("khác | 710", "710", 710, "Các cơ sở khác", "Tuyển sinh"),
    cell("710 | 574", "574", 574, "Các cơ sở khác", "Tốt nghiệp"),
    cell("574 | 500", "500", 500, "Các cơ sở khác", "Có việc làm"),
    cell("Tổng cộng | 3.420", "3.420", 3420, "tổng cộng", "Tuyển sinh"),
    cell("3.420 | 2.915", "2.915", 2915, "tổng cộng", "Tốt nghiệp"),
    cell("2.915 | 2.661", "2.661", 2661, "tổng cộng", "Có việc làm"),
    F("có 1.146 cơ sở", "1.146", 1146, "count", "cơ sở",
      change=C("increase", 87, "cơ sở", "năm 2022"),
      subject="cơ sở sửa chữa, bảo dưỡng ô tô, xe máy đăng ký kinh doanh", period=ASOF),
    F("214 gara", "214", 214, "count", "gara", total=1146, subject="gara ô tô", period=ASOF),
    F("932 cửa hàng", "932", 932, "count", "cửa hàng", total=1146,
      subject="cửa hàng sửa chữa xe máy", period=ASOF),
    F("khoảng 4.800 lao động", "4.800", 4800, "count", "lao động", approx="about",
      subject="lao động tại các cơ sở sửa chữa, bảo dưỡng", period=I(ASOF)),
    F("7,9 triệu", "7,9", 7900000, "money", "đồng/người/tháng",
      subject="tiền lương bình quân lao động tại các cơ sở sửa chữa, bảo dưỡng", period=I(ASOF)),
    F("tuyển sinh 3.600 người", "3.600", 3600, "count", "người học", status="target",
      subject="người học nhóm nghề ô tô, xe máy tuyển sinh", period=Y24),
    F("trên 92%", "92", 92, "percent", "%", approx="over", status="target",
      subject="tỷ lệ có việc làm sau tốt nghiệp", period=Y24),
    F("khoảng 500 lượt", "500", 500, "count", "lượt học viên", approx="about", status="target",
      subject="lượt học viên thực tập tại doanh nghiệp ô tô", period=Y24),
]

NOTES = [
    "Formal report under letterhead: UBND TỈNH VĨNH PHÚC, 'Số: 27/BC-UBND', 'Vĩnh Phúc, ngày 15 tháng 01 năm 2024' (published).",
    "Flattened '|' table, 'Đơn vị tính: người'; row labels are institutions (no place): subject = column + row label, location Vĩnh Phúc,",
    "period 'năm 2023' inherited from the title / section 1. Table cells get no totals; the 'Tổng cộng' row is its own figures.",
    "Distractors: Số: 27/BC-UBND, 'Trường Cao đẳng nghề số 2', section numbers I./II./1.-3., 'VX1'. 'sau 6 tháng tốt nghiệp' defines the indicator (optional).",
    "Section II heading 'PHƯƠNG HƯỚNG NĂM 2024' gives the target period (inherited: a heading line, not the sentence).",
]

if __name__ == "__main__":
    write("p1116-3", TEXT, NOTES, FIGS, published="2024-01-15", location="Vĩnh Phúc")
