"""p999-3: formal report of UBND tỉnh Quảng Trị (12/12/2023) with a flattened '|' table by district."""
from lib import P, I, C, T, F, write

TEXT = """
UBND TỈNH QUẢNG TRỊ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 287/BC-UBND
Quảng Trị, ngày 12 tháng 12 năm 2023

BÁO CÁO
Kết quả thực hiện chính sách đối với nạn nhân chất độc da cam/dioxin năm 2023

Thực hiện Công văn số 4125/LĐTBXH-NCC ngày 02/10/2023 của Bộ Lao động - Thương binh và Xã hội, UBND tỉnh báo cáo như sau:

I. TÌNH HÌNH NẠN NHÂN
1. Tính đến ngày 30/11/2023, toàn tỉnh có 9.684 người bị ảnh hưởng chất độc da cam/dioxin, phân theo địa phương như sau:
Đơn vị tính: người
Địa phương | Người hoạt động kháng chiến bị nhiễm | Con đẻ bị nhiễm | Tổng số nạn nhân
Vĩnh Linh | 1.215 | 842 | 2.057
Gio Linh | 1.108 | 796 | 1.904
Triệu Phong | 1.342 | 915 | 2.257
Hải Lăng | 1.186 | 834 | 2.020
Các địa phương khác | 851 | 595 | 1.446
Tổng cộng | 5.702 | 3.982 | 9.684
2. Số nạn nhân đang hưởng trợ cấp hằng tháng là 6.915 người, chiếm 71,4%; trong đó 4.870 người hưởng trợ cấp ưu đãi người có công và 2.045 người hưởng trợ cấp xã hội theo Nghị định số 20/2021/NĐ-CP.

II. KẾT QUẢ THỰC HIỆN
1. Năm 2023, tổng kinh phí chi trả trợ cấp ước đạt 98,6 tỷ đồng, tăng 12,3% so với năm 2022. Mức chuẩn trợ cấp ưu đãi được điều chỉnh lên 2.055.000 đồng theo Nghị định số 55/2023/NĐ-CP.
2. Trong năm, các cấp Hội vận động được 7,8 tỷ đồng (năm 2022 đạt 6,5 tỷ đồng), đạt 130% kế hoạch; xây mới 42 nhà, sửa chữa 18 nhà; trao 250 suất học bổng, mỗi suất 1 triệu đồng.

III. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu vận động 8,5 tỷ đồng; hỗ trợ xây mới, sửa chữa 50 nhà; 100% nạn nhân đủ điều kiện được hưởng chế độ kịp thời.

Nơi nhận:
- Bộ LĐ-TB&XH;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, VX.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Hoàng Nam
"""

NOTES = [
    "UBND tỉnh Quảng Trị, Số: 287/BC-UBND, 'Quảng Trị, ngày 12 tháng 12 năm 2023' gives published.",
    "Flattened table (Đơn vị tính: người) by district: every cell is a figure; subject = column label, the district",
    "goes to location; 'Các địa phương khác' and 'Tổng cộng' rows are the province (Quảng Trị). Table cells get no totals.",
    "Table period comes from 'Tính đến ngày 30/11/2023' in the line above (inherited).",
    "Distractors: Số: 287/BC-UBND, Công văn số 4125/LĐTBXH-NCC ngày 02/10/2023, Nghị định số 20/2021/NĐ-CP,",
    "Nghị định số 55/2023/NĐ-CP, section numbers I.-III. and 1.-2., heading 'PHƯƠNG HƯỚNG NĂM 2024'.",
    "'đạt 130% kế hoạch' attaches to 7,8 tỷ across the bracket; the bracketed 6,5 tỷ is its own actual figure (năm 2022).",
]

ASOF = P("Tính đến ngày 30/11/2023", None, "2023-11-30")
A = I(ASOF)
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
IN_YEAR = P("Trong năm", "2023-01-01", "2023-12-31")
Y24 = P("PHƯƠNG HƯỚNG NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)

HK = "Người hoạt động kháng chiến bị nhiễm"
CD = "Con đẻ bị nhiễm"
TS = "Tổng số nạn nhân"


def cell(anchor, number, value, subject, place):
    return F(anchor, number, value, "count", "người", subject, A, location=place)


FIGS = [
    F("toàn tỉnh có 9.684 người", "9.684", 9684, "count", "người", "người bị ảnh hưởng chất độc da cam/dioxin", ASOF),
    cell("Vĩnh Linh | 1.215", "1.215", 1215, HK, "Vĩnh Linh"),
    cell("1.215 | 842", "842", 842, CD, "Vĩnh Linh"),
    cell("842 | 2.057", "2.057", 2057, TS, "Vĩnh Linh"),
    cell("Gio Linh | 1.108", "1.108", 1108, HK, "Gio Linh"),
    cell("1.108 | 796", "796", 796, CD, "Gio Linh"),
    cell("796 | 1.904", "1.904", 1904, TS, "Gio Linh"),
    cell("Triệu Phong | 1.342", "1.342", 1342, HK, "Triệu Phong"),
    cell("1.342 | 915", "915", 915, CD, "Triệu Phong"),
    cell("915 | 2.257", "2.257", 2257, TS, "Triệu Phong"),
    cell("Hải Lăng | 1.186", "1.186", 1186, HK, "Hải Lăng"),
    cell("1.186 | 834", "834", 834, CD, "Hải Lăng"),
    cell("834 | 2.020", "2.020", 2020, TS, "Hải Lăng"),
    cell("khác | 851", "851", 851, HK, "Quảng Trị"),
    cell("851 | 595", "595", 595, CD, "Quảng Trị"),
    cell("595 | 1.446", "1.446", 1446, TS, "Quảng Trị"),
    cell("Tổng cộng | 5.702", "5.702", 5702, HK, "Quảng Trị"),
    cell("5.702 | 3.982", "3.982", 3982, CD, "Quảng Trị"),
    cell("3.982 | 9.684", "9.684", 9684, TS, "Quảng Trị"),
    F("là 6.915 người", "6.915", 6915, "count", "người", "nạn nhân đang hưởng trợ cấp hằng tháng", A, percent=71.4),
    F("trong đó 4.870 người", "4.870", 4870, "count", "người", "người hưởng trợ cấp ưu đãi người có công", A,
      total=6915),
    F("và 2.045 người", "2.045", 2045, "count", "người", "người hưởng trợ cấp xã hội", A, total=6915),
    F("ước đạt 98,6 tỷ đồng", "98,6", 98.6e9, "money", "đồng", "tổng kinh phí chi trả trợ cấp", Y23,
      status="estimate", change=C("increase", 12.3, "%", "năm 2022")),
    F("lên 2.055.000 đồng", "2.055.000", 2055000, "money", "đồng", "mức chuẩn trợ cấp ưu đãi", I(Y23)),
    F("được 7,8 tỷ đồng", "7,8", 7.8e9, "money", "đồng", "kinh phí các cấp Hội vận động", IN_YEAR, percent=130),
    F("đạt 6,5 tỷ đồng", "6,5", 6.5e9, "money", "đồng", "kinh phí các cấp Hội vận động",
      P("năm 2022", "2022-01-01", "2022-12-31")),
    F("xây mới 42 nhà", "42", 42, "count", "nhà", "nhà xây mới", IN_YEAR),
    F("sửa chữa 18 nhà", "18", 18, "count", "nhà", "nhà sửa chữa", IN_YEAR),
    F("trao 250 suất học bổng", "250", 250, "count", "suất học bổng", "suất học bổng", IN_YEAR),
    F("mỗi suất 1 triệu đồng", "1", 1e6, "money", "đồng/suất", "trị giá mỗi suất học bổng", IN_YEAR),
    F("vận động 8,5 tỷ đồng", "8,5", 8.5e9, "money", "đồng", "kinh phí vận động", Y24, status="target"),
    F("sửa chữa 50 nhà", "50", 50, "count", "nhà", "nhà xây mới, sửa chữa", Y24, status="target"),
    F("50 nhà; 100% nạn nhân", "100", 100, "percent", "%", "nạn nhân đủ điều kiện được hưởng chế độ kịp thời", Y24,
      status="target"),
]

if __name__ == "__main__":
    write("p999-3", TEXT, NOTES, FIGS, published="2023-12-12", location="Quảng Trị")
