"""p814-3: formal report, UBND tỉnh Quảng Nam: publishing, printing and distribution 2023 (flattened | table)."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH QUẢNG NAM
Số: 418/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Nam, ngày 15 tháng 12 năm 2023

BÁO CÁO
Kết quả quản lý nhà nước về hoạt động xuất bản, in và phát hành xuất bản phẩm năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Hoạt động xuất bản
Năm 2023, Sở Thông tin và Truyền thông cấp 164 giấy phép xuất bản tài liệu không kinh doanh với 171 đầu tài liệu, tổng số lượng 93.500 bản, tăng 12,3% so với năm 2022. Trong đó, tài liệu tuyên truyền chính trị, pháp luật có 58 đầu, chiếm 33,9%.

2. Hoạt động in, phát hành
Tính đến ngày 30/11/2023, toàn tỉnh có 41 cơ sở in và 96 cơ sở phát hành xuất bản phẩm, cụ thể như sau:
Đơn vị tính: cơ sở
Địa phương | Cơ sở in | Cơ sở phát hành | Tổng số
Tam Kỳ | 17 | 34 | 51
Hội An | 8 | 22 | 30
Điện Bàn | 6 | 15 | 21
Các địa phương khác | 10 | 25 | 35
Tổng cộng | 41 | 96 | 137

Trong năm, doanh thu phát hành xuất bản phẩm ước đạt 214 tỷ đồng, tăng khoảng 7% so với năm 2022, trong đó sách giáo khoa đạt 126,5 tỷ đồng, chiếm 59,1%.

3. Công tác thanh tra, kiểm tra
Sở chủ trì 3 đợt kiểm tra liên ngành tại 45 cơ sở, trong đó 7 cơ sở có vi phạm; xử phạt vi phạm hành chính theo Nghị định số 119/2020/NĐ-CP với tổng số tiền 68,5 triệu đồng; tịch thu, tiêu hủy 2.340 bản sách in lậu, sách giả.

II. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu cấp khoảng 170 giấy phép xuất bản tài liệu không kinh doanh; 100% cơ sở in, phát hành được kiểm tra định kỳ; doanh thu phát hành dự kiến đạt 230 tỷ đồng.

Nơi nhận:
- Bộ Thông tin và Truyền thông;
- Lưu: VT, KGVX.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Hồng Quang
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("Tính đến ngày 30/11/2023", None, "2023-11-30")
TN = P("Trong năm", "2023-01-01", "2023-12-31")
Y24 = P("NĂM 2024", "2024-01-01", "2024-12-31", inh=True)
K = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)  # section 3: year of the report

def cell(anchor, number, value, subject, location=None):
    kw = {"location": location} if location else {}
    return F(anchor, number, value, "count", "cơ sở", subject, I(ASOF), **kw)

FIGS = [
    F("cấp 164 giấy phép", "164", 164, "count", "giấy phép",
      "giấy phép xuất bản tài liệu không kinh doanh", Y23),
    F("với 171 đầu", "171", 171, "count", "đầu tài liệu",
      "đầu tài liệu được cấp phép xuất bản", Y23),
    F("93.500 bản", "93.500", 93500, "count", "bản",
      "số lượng tài liệu không kinh doanh xuất bản", Y23,
      change=C("increase", 12.3, "%", "năm 2022")),
    F("có 58 đầu", "58", 58, "count", "đầu",
      "tài liệu tuyên truyền chính trị, pháp luật", I(Y23), total=171, percent=33.9),
    F("có 41 cơ sở in", "41", 41, "count", "cơ sở in", "cơ sở in", ASOF),
    F("96 cơ sở phát hành", "96", 96, "count", "cơ sở phát hành",
      "cơ sở phát hành xuất bản phẩm", ASOF),
    cell("Tam Kỳ | 17", "17", 17, "cơ sở in", "Tam Kỳ"),
    cell("17 | 34", "34", 34, "cơ sở phát hành", "Tam Kỳ"),
    cell("34 | 51", "51", 51, "tổng số cơ sở in và phát hành", "Tam Kỳ"),
    cell("Hội An | 8", "8", 8, "cơ sở in", "Hội An"),
    cell("8 | 22", "22", 22, "cơ sở phát hành", "Hội An"),
    cell("22 | 30", "30", 30, "tổng số cơ sở in và phát hành", "Hội An"),
    cell("Điện Bàn | 6", "6", 6, "cơ sở in", "Điện Bàn"),
    cell("6 | 15", "15", 15, "cơ sở phát hành", "Điện Bàn"),
    cell("15 | 21", "21", 21, "tổng số cơ sở in và phát hành", "Điện Bàn"),
    cell("khác | 10", "10", 10, "cơ sở in các địa phương khác"),
    cell("10 | 25", "25", 25, "cơ sở phát hành các địa phương khác"),
    cell("25 | 35", "35", 35, "tổng số cơ sở in và phát hành các địa phương khác"),
    cell("cộng | 41", "41", 41, "tổng cộng cơ sở in"),
    cell("41 | 96", "96", 96, "tổng cộng cơ sở phát hành"),
    cell("96 | 137", "137", 137, "tổng cộng cơ sở in và phát hành"),
    F("ước đạt 214 tỷ đồng", "214", 214e9, "money", "đồng",
      "doanh thu phát hành xuất bản phẩm", TN, status="estimate",
      change=C("increase", 7, "%", "năm 2022")),
    F("đạt 126,5 tỷ đồng", "126,5", 126.5e9, "money", "đồng",
      "doanh thu phát hành sách giáo khoa", TN, status="estimate",
      total=214e9, percent=59.1),
    F("chủ trì 3 đợt", "3", 3, "count", "đợt", "đợt kiểm tra liên ngành", K),
    F("tại 45 cơ sở", "45", 45, "count", "cơ sở", "cơ sở được kiểm tra", K),
    F("7 cơ sở có vi phạm", "7", 7, "count", "cơ sở", "cơ sở có vi phạm", K, total=45),
    F("68,5 triệu đồng", "68,5", 68.5e6, "money", "đồng",
      "tổng số tiền xử phạt vi phạm hành chính", K),
    F("tiêu hủy 2.340 bản", "2.340", 2340, "count", "bản",
      "sách in lậu, sách giả bị tịch thu, tiêu hủy", K),
    F("khoảng 170 giấy phép", "170", 170, "count", "giấy phép",
      "giấy phép xuất bản tài liệu không kinh doanh", Y24, approx="about", status="target"),
    F("; 100% cơ sở", "100", 100, "percent", "%",
      "cơ sở in, phát hành được kiểm tra định kỳ", Y24, status="target"),
    F("đạt 230 tỷ đồng", "230", 230e9, "money", "đồng",
      "doanh thu phát hành", Y24, status="forecast"),
]

NOTES = [
    "Báo cáo UBND tỉnh Quảng Nam số 418/BC-UBND ngày 15/12/2023: xuất bản, in, phát hành năm 2023; flattened '|' table of cơ sở by locality.",
    "Not figures: 'Số: 418/BC-UBND', the place-date line, section numbers I., 1.-3., II., 'Nghị định số 119/2020/NĐ-CP'.",
    "'Trong đó ... 58 đầu, chiếm 33,9%': the whole counting the same thing is 171 đầu tài liệu (not 93.500 bản): total 171, percent 33,9.",
    "Table: every cell is a figure (unit from 'Đơn vị tính: cơ sở'); period inherited from 'Tính đến ngày 30/11/2023' above; no totals on cells.",
    "'Các địa phương khác' and 'Tổng cộng' rows are the province (location Quảng Nam); town/city rows take the place as location.",
    "'Trong năm' in an annual report is 2023 (cf. 'trong tháng' in a monthly report). 'ước đạt' governs the continuing 'trong đó' clause.",
    "Section 3 (inspections) states no period; the report's year is inherited. Section II heading 'NĂM 2024' gives inherited periods.",
    "'Phấn đấu' governs the 170 and 100% clauses; 'dự kiến' makes 230 tỷ a forecast.",
]

if __name__ == "__main__":
    write(3, TEXT, FIGS, NOTES, published="2023-12-15", location="Quảng Nam")
