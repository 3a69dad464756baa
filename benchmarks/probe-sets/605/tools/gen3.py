"""p605-3: formal report under a letterhead, UBND tỉnh Vĩnh Phúc — late contributions H1/2024, flattened '|' table by type of unit."""
from lib import F, P, I, CH, emit

TEXT = """UBND TỈNH VĨNH PHÚC                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                       Độc lập - Tự do - Hạnh phúc
Số: 214/BC-UBND                        Vĩnh Phúc, ngày 12 tháng 8 năm 2024

BÁO CÁO
Tình hình chậm đóng BHXH, BHTN 6 tháng đầu năm 2024

Thực hiện Công văn số 2538/LĐTBXH-BHXH ngày 10/7/2024 của Bộ Lao động - Thương binh và Xã hội, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Tình hình tham gia
Tính đến ngày 30/6/2024, toàn tỉnh có 3.418 đơn vị với 218.653 người tham gia BHXH bắt buộc, tăng 3,2% so với cùng kỳ; 217.904 người tham gia BHTN.

2. Tình hình chậm đóng
Tổng số tiền chậm đóng BHXH, BHTN, BHYT là 276,42 tỷ đồng, bằng 5,6% số phải thu, giảm 18,35 tỷ đồng so với ngày 31/12/2023. Chi tiết theo loại hình đơn vị:

Bảng 1. Chậm đóng theo loại hình đơn vị
Loại hình | Số đơn vị (đơn vị) | Số tiền chậm đóng (triệu đồng) | Chậm đóng từ 3 tháng trở lên (triệu đồng)
Doanh nghiệp nhà nước | 12 | 8.315 | 2.046
Doanh nghiệp FDI | 96 | 64.870 | 21.532
Doanh nghiệp ngoài nhà nước | 1.153 | 189.604 | 97.218
Đơn vị hành chính, sự nghiệp | 41 | 13.631 | 1.275
Tổng cộng | 1.302 | 276.420 | 122.071

3. Kết quả xử lý
Trong 6 tháng đầu năm, Thanh tra Sở LĐ-TB&XH phối hợp với BHXH tỉnh thanh tra, kiểm tra 126 đơn vị, xử phạt vi phạm hành chính 19 đơn vị với số tiền 1,24 tỷ đồng; đôn đốc thu hồi 42,7 tỷ đồng tiền chậm đóng. Đã khởi kiện 5 doanh nghiệp, chuyển cơ quan công an 2 hồ sơ có dấu hiệu tội trốn đóng BHXH theo Điều 216 Bộ luật Hình sự.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM
Phấn đấu đến 31/12/2024 giảm số tiền chậm đóng xuống dưới 3% số phải thu; 100% doanh nghiệp nợ kéo dài được thanh tra, kiểm tra.

Nơi nhận:
- Bộ LĐ-TB&XH;
- Lưu: VT, VX2.
"""

ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
END = P("đến 31/12/2024", None, "2024-12-31")

MIL = 1e6
ROWS = [
    ("Doanh nghiệp nhà nước", "12", "8.315", "2.046"),
    ("Doanh nghiệp FDI", "96", "64.870", "21.532"),
    ("Doanh nghiệp ngoài nhà nước", "1.153", "189.604", "97.218"),
    ("Đơn vị hành chính, sự nghiệp", "41", "13.631", "1.275"),
    ("Tổng cộng", "1.302", "276.420", "122.071"),
]


def num(s):
    return float(s.replace(".", ""))


FIGS = [
    F("có 3.418 đơn vị", "3.418", 3418, "count", "đơn vị", "đơn vị tham gia BHXH bắt buộc", ASOF),
    F("với 218.653 người", "218.653", 218653, "count", "người", "người tham gia BHXH bắt buộc", ASOF,
      change=CH("increase", 3.2, baseline="cùng kỳ")),
    F("217.904 người", "217.904", 217904, "count", "người", "người tham gia BHTN", ASOF),
    F("là 276,42 tỷ đồng", "276,42", 276.42e9, "money", "đồng", "tổng số tiền chậm đóng BHXH, BHTN, BHYT", I(ASOF),
      percent=5.6, change=CH("decrease", 18.35e9, unit="đồng", baseline="ngày 31/12/2023")),
    F("từ 3 tháng trở lên (triệu đồng)", "3", 3, "measure", "tháng", approx="at_least", optional=True),
]
for label, units, amount, over3 in ROWS:
    F_ = []
    F_.append(F(f"{label} | {units} |", units, num(units), "count", "đơn vị", f"số đơn vị chậm đóng {label}", I(ASOF)))
    F_.append(F(f"| {units} | {amount} |", amount, num(amount) * MIL, "money", "đồng", f"số tiền chậm đóng {label}", I(ASOF)))
    F_.append(F(f"| {amount} | {over3}\n", over3, num(over3) * MIL, "money", "đồng",
                f"số tiền chậm đóng từ 3 tháng trở lên {label}", I(ASOF)))
    FIGS += F_

FIGS += [
    F("kiểm tra 126 đơn vị", "126", 126, "count", "đơn vị", "đơn vị được thanh tra, kiểm tra", H1),
    F("hành chính 19 đơn vị", "19", 19, "count", "đơn vị", "đơn vị bị xử phạt vi phạm hành chính", H1),
    F("tiền 1,24 tỷ đồng", "1,24", 1.24e9, "money", "đồng", "số tiền xử phạt vi phạm hành chính", H1),
    F("thu hồi 42,7 tỷ đồng", "42,7", 42.7e9, "money", "đồng", "tiền chậm đóng đôn đốc thu hồi", H1),
    F("khởi kiện 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp", "doanh nghiệp bị khởi kiện", I(H1)),
    F("công an 2 hồ sơ", "2", 2, "count", "hồ sơ", "hồ sơ có dấu hiệu tội trốn đóng BHXH chuyển cơ quan công an", I(H1)),
    F("dưới 3% số phải thu", "3", 3, "percent", "%", "số tiền chậm đóng so với số phải thu", END, approx="under", status="target"),
    F("100% doanh nghiệp nợ", "100", 100, "percent", "%", "doanh nghiệp nợ kéo dài được thanh tra, kiểm tra", END, status="target"),
]

COMMENTS = [
    "UBND tỉnh Vĩnh Phúc, Số: 214/BC-UBND, 'Vĩnh Phúc, ngày 12 tháng 8 năm 2024': late BHXH/BHTN contributions H1/2024 with a flattened '|' table.",
    "Table units come from the column headers: '(đơn vị)' and '(triệu đồng)' (×10^6). Every cell is a figure, the 'Tổng cộng' row included; row labels are",
    "the unit types, so they go into the subject. No 'trong đó' cue in the table: no totals. The as-of date of section 1 is inherited by section 2 and the table.",
    "'giảm 18,35 tỷ đồng so với ngày 31/12/2023' is the change of the 276,42 tỷ (money, multiplier applied, as 'giảm 7,5 triệu thuê bao' in shared h28).",
    "Distractors: 'Số: 214/BC-UBND', 'Công văn số 2538/LĐTBXH-BHXH ngày 10/7/2024', 'Điều 216 Bộ luật Hình sự', 'Bảng 1', section numbers, 'VX2'.",
    "'từ 3 tháng trở lên' in the header is a threshold: optional.",
]

if __name__ == "__main__":
    emit("p605-3", TEXT, COMMENTS, FIGS, published="2024-08-12", location="Vĩnh Phúc")
