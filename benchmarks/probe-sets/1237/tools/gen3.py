"""p1237-3: formal report, UBND tỉnh Cao Bằng: nghề làm giấy dó của người Nùng An năm 2023; flattened '|' table."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH CAO BẰNG
Số: 58/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Cao Bằng, ngày 22 tháng 3 năm 2024

BÁO CÁO
Kết quả bảo tồn, phát triển nghề làm giấy dó của người Nùng An năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Quy mô nghề
Năm 2023, toàn tỉnh có 3 làng nghề làm giấy dó truyền thống với 146 hộ tham gia, trong đó xóm Khuổi Sáo (xã Phúc Sen, huyện Quảng Hòa) có 57 hộ. Sản lượng giấy đạt 1,32 triệu tờ, bằng 110% kế hoạch, tăng 9,1% so với năm 2022; doanh thu ước đạt 3,9 tỷ đồng.

2. Sản lượng giấy dó theo địa bàn
Đơn vị tính: nghìn tờ
Huyện | Năm 2022 | Năm 2023 | Kế hoạch 2024
Quảng Hòa | 985 | 1.080 | 1.150
Hà Quảng | 142 | 156 | 170
Trùng Khánh | 83 | 84 | 100
Tổng cộng | 1.210 | 1.320 | 1.420

3. Truyền nghề, thu nhập
Trong năm, tỉnh mở 4 lớp truyền nghề cho 96 học viên, đạt 120% kế hoạch; 2 nghệ nhân được phong tặng danh hiệu Nghệ nhân ưu tú. Thu nhập bình quân của lao động làm giấy đạt 4,2 triệu đồng/người/tháng, cao hơn 0,6 triệu đồng so với năm 2022. Tỷ lệ hộ nghèo tại xóm Khuổi Sáo giảm còn 12,3%.

II. NHIỆM VỤ NĂM 2024
1. Phấn đấu sản lượng giấy dó toàn tỉnh đạt 1,42 triệu tờ; đón khoảng 5.000 lượt khách đến tham quan, trải nghiệm tại các làng nghề.
2. Hoàn thiện hồ sơ đề nghị đưa nghề làm giấy dó của người Nùng An vào Danh mục di sản văn hóa phi vật thể quốc gia theo Kế hoạch số 127/KH-UBND.

Nơi nhận:
- Bộ VHTTDL (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, VX.
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
IN_Y = P("Trong năm", "2023-01-01", "2023-12-31")
Y24H = P("NHIỆM VỤ NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
COLS = {"Năm 2022": P("Năm 2022", "2022-01-01", "2022-12-31"),
        "Năm 2023": P("Năm 2023", "2023-01-01", "2023-12-31"),
        "Kế hoạch 2024": P("Kế hoạch 2024", "2024-01-01", "2024-12-31")}


def cell(anchor, number, value, row, col):
    kw = {"status": "target"} if col.startswith("Kế hoạch") else {}
    if row == "Tổng cộng":
        subj = f"sản lượng giấy dó tổng cộng {col.lower()}"
    else:
        subj = f"sản lượng giấy dó {col.lower()}"
        kw["location"] = row
    return F(anchor, number, value, "count", "tờ", subject=subj, period=COLS[col], **kw)


FIGS = [
    F("có 3 làng nghề", "3", 3, "count", "làng nghề", subject="làng nghề làm giấy dó truyền thống", period=Y23),
    F("với 146 hộ", "146", 146, "count", "hộ", subject="hộ tham gia làm giấy dó", period=Y23),
    F("có 57 hộ", "57", 57, "count", "hộ", total=146, location="Quảng Hòa",
      subject="hộ tham gia làm giấy dó tại xóm Khuổi Sáo", period=Y23),
    F("đạt 1,32 triệu tờ", "1,32", 1320000, "count", "tờ", percent=110,
      change=C("increase", 9.1, "%", "năm 2022"), subject="sản lượng giấy dó", period=I(Y23)),
    F("ước đạt 3,9 tỷ", "3,9", 3900000000, "money", "đồng", status="estimate",
      subject="doanh thu nghề làm giấy dó", period=I(Y23)),
    cell("Quảng Hòa | 985", "985", 985000, "Quảng Hòa", "Năm 2022"),
    cell("985 | 1.080", "1.080", 1080000, "Quảng Hòa", "Năm 2023"),
    cell("1.080 | 1.150", "1.150", 1150000, "Quảng Hòa", "Kế hoạch 2024"),
    cell("Hà Quảng | 142", "142", 142000, "Hà Quảng", "Năm 2022"),
    cell("142 | 156", "156", 156000, "Hà Quảng", "Năm 2023"),
    cell("156 | 170", "170", 170000, "Hà Quảng", "Kế hoạch 2024"),
    cell("Trùng Khánh | 83", "83", 83000, "Trùng Khánh", "Năm 2022"),
    cell("83 | 84", "84", 84000, "Trùng Khánh", "Năm 2023"),
    cell("84 | 100", "100", 100000, "Trùng Khánh", "Kế hoạch 2024"),
    cell("Tổng cộng | 1.210", "1.210", 1210000, "Tổng cộng", "Năm 2022"),
    cell("1.210 | 1.320", "1.320", 1320000, "Tổng cộng", "Năm 2023"),
    cell("1.320 | 1.420", "1.420", 1420000, "Tổng cộng", "Kế hoạch 2024"),
    F("mở 4 lớp", "4", 4, "count", "lớp", subject="lớp truyền nghề làm giấy dó", period=IN_Y),
    F("cho 96 học viên", "96", 96, "count", "học viên", percent=120,
      subject="học viên lớp truyền nghề", period=IN_Y),
    F("2 nghệ nhân", "2", 2, "count", "nghệ nhân",
      subject="nghệ nhân được phong tặng danh hiệu Nghệ nhân ưu tú", period=IN_Y),
    F("đạt 4,2 triệu", "4,2", 4200000, "money", "đồng/người/tháng",
      change=C("increase", 600000, "đồng", "năm 2022"),
      subject="thu nhập bình quân của lao động làm giấy", period=I(Y23)),
    F("giảm còn 12,3%", "12,3", 12.3, "percent", "%", location="Quảng Hòa",
      subject="tỷ lệ hộ nghèo tại xóm Khuổi Sáo", period=I(Y23)),
    F("đạt 1,42 triệu tờ", "1,42", 1420000, "count", "tờ", status="target",
      subject="sản lượng giấy dó toàn tỉnh", period=Y24H),
    F("khoảng 5.000 lượt", "5.000", 5000, "count", "lượt khách", approx="about", status="target",
      subject="lượt khách đến tham quan, trải nghiệm tại các làng nghề", period=Y24H),
]

NOTES = [
    "Formal report under letterhead: UBND TỈNH CAO BẰNG, 'Số: 58/BC-UBND', 'Cao Bằng, ngày 22 tháng 3 năm 2024' (published).",
    "Flattened '|' table, 'Đơn vị tính: nghìn tờ' (cells x1000); row labels are districts -> location; subject = caption indicator",
    "+ column label; period from the column header (scored); 'Kế hoạch 2024' column -> status target. Table cells get no total.",
    "57 hộ of xóm Khuổi Sáo (huyện Quảng Hòa) follows 'trong đó' after 146 hộ: total 146, location Quảng Hòa.",
    "'Trong năm' (section 3) = 2023 from the title and section 1. Section II targets take the heading 'NHIỆM VỤ NĂM 2024' (inherited).",
    "'giảm còn 12,3%' states the new level, not a change. 'cao hơn 0,6 triệu đồng so với năm 2022' is a change of the income.",
    "Distractors: Số: 58/BC-UBND, Kế hoạch số 127/KH-UBND, section numbers I./II./1.-3., list numbers 1./2. in section II.",
]

if __name__ == "__main__":
    write("p1237-3", TEXT, NOTES, FIGS, published="2024-03-22", location="Cao Bằng")
