"""p1088-3: UBND tỉnh Lào Cai formal report, border-gate trade 9 months 2023, flattened '|' table."""
from lib import F, P, I, C, T, build

TEXT = """UBND TỈNH LÀO CAI
Số: 386/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lào Cai, ngày 09 tháng 10 năm 2023

BÁO CÁO
Tình hình hoạt động xuất nhập khẩu qua các cửa khẩu 9 tháng đầu năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Kim ngạch xuất nhập khẩu
Thực hiện Kế hoạch số 112/KH-UBND ngày 20/3/2023 của UBND tỉnh, 9 tháng đầu năm 2023 tổng kim ngạch xuất nhập khẩu, mua bán, trao đổi hàng hóa qua các cửa khẩu trên địa bàn tỉnh ước đạt 1.486,2 triệu USD, bằng 101,3% so với cùng kỳ, đạt 59,4% kế hoạch năm. Kết quả theo từng cửa khẩu:

Đơn vị tính: triệu USD
Cửa khẩu | Xuất khẩu | Nhập khẩu | Tổng
Đường bộ số II Kim Thành | 512,4 | 398,1 | 910,5
Ga đường sắt quốc tế | 166,3 | 254,7 | 421,0
Bản Vược | 78,5 | 45,6 | 124,1
Cửa khẩu phụ, lối mở | 18,2 | 12,4 | 30,6
Tổng cộng | 775,4 | 710,8 | 1.486,2

2. Phương tiện và hành khách
Lưu lượng phương tiện chở hàng qua cửa khẩu Kim Thành đạt 96.850 lượt xe, tăng 21,5% so với cùng kỳ, bình quân 355 lượt xe/ngày. Hành khách xuất nhập cảnh qua các cửa khẩu đạt khoảng 1,2 triệu lượt, gấp 3,4 lần cùng kỳ năm 2022.

3. Thu ngân sách
Số thu ngân sách nhà nước từ hoạt động xuất nhập khẩu ước đạt 1.352 tỷ đồng, đạt 67,6% dự toán Bộ Tài chính giao (2.000 tỷ đồng), giảm 4,3% so với cùng kỳ.

II. NHIỆM VỤ QUÝ IV/2023
Phấn đấu cả năm 2023 kim ngạch xuất nhập khẩu qua các cửa khẩu đạt 2,5 tỷ USD; duy trì thông quan 24/24 giờ trong cao điểm thu hoạch nông sản; hoàn thành nâng cấp 2 bãi kiểm hóa với tổng diện tích khoảng 5,6 ha.

Nơi nhận:
- Bộ Công Thương;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

M9 = P("9 tháng đầu năm 2023", "2023-01-01", "2023-09-30")
ROWS = [("Đường bộ số II Kim Thành", "cửa khẩu đường bộ số II Kim Thành", ["512,4", "398,1", "910,5"]),
        ("Ga đường sắt quốc tế", "ga đường sắt quốc tế", ["166,3", "254,7", "421,0"]),
        ("Bản Vược", "cửa khẩu Bản Vược", ["78,5", "45,6", "124,1"]),
        ("Cửa khẩu phụ, lối mở", "cửa khẩu phụ, lối mở", ["18,2", "12,4", "30,6"]),
        ("Tổng cộng", None, ["775,4", "710,8", "1.486,2"])]
COLS = ["kim ngạch xuất khẩu", "kim ngạch nhập khẩu", "tổng kim ngạch"]

FIGS = [
    F("ước đạt 1.486,2 triệu USD", "1.486,2", 1486.2e6, "money", "USD", percent=101.3, status="estimate",
      subject="tổng kim ngạch xuất nhập khẩu, mua bán, trao đổi hàng hóa qua các cửa khẩu", period=M9),
    F("đạt 59,4% kế hoạch", "59,4", 59.4, "percent", "%", status="estimate",
      subject="tổng kim ngạch xuất nhập khẩu so với kế hoạch năm", period=M9, optional=True),
]
for label, name, cells in ROWS:
    for j, (col, cell) in enumerate(zip(COLS, cells)):
        # the anchor takes the cell before it, which makes it unique
        if j == 0:
            anchor = f"{label} | {cell}"
        elif j == 1:
            anchor = f"{cells[0]} | {cell}"
        else:
            anchor = f"{cells[1]} | {cell}"
        subj = f"{col} qua {name}" if name else f"tổng cộng {col}"
        value = float(cell.replace(".", "").replace(",", ".")) * 1e6
        FIGS.append(F(anchor, cell, value, "money", "USD", subject=subj, period=I(M9)))

FIGS += [
    F("đạt 96.850 lượt xe", "96.850", 96850, "count", "lượt xe",
      change=C("increase", 21.5, baseline="cùng kỳ"),
      subject="lưu lượng phương tiện chở hàng qua cửa khẩu Kim Thành", period=I(M9)),
    F("bình quân 355 lượt xe/ngày", "355", 355, "measure", "lượt xe/ngày",
      subject="lưu lượng phương tiện chở hàng qua cửa khẩu Kim Thành bình quân", period=I(M9)),
    F("khoảng 1,2 triệu lượt", "1,2", 1.2e6, "count", "lượt", approx="about",
      change=C("increase", 3.4, unit="lần", baseline="cùng kỳ năm 2022"),
      subject="hành khách xuất nhập cảnh qua các cửa khẩu", period=I(M9)),
    F("ước đạt 1.352 tỷ đồng", "1.352", 1352e9, "money", "đồng", percent=67.6, target=T(2000e9, "đồng"),
      change=C("decrease", 4.3, baseline="cùng kỳ"), status="estimate",
      subject="số thu ngân sách nhà nước từ hoạt động xuất nhập khẩu", period=I(M9)),
    F("đạt 2,5 tỷ USD", "2,5", 2.5e9, "money", "USD", status="target",
      subject="kim ngạch xuất nhập khẩu qua các cửa khẩu",
      period=P("cả năm 2023", "2023-01-01", "2023-12-31")),
    F("thông quan 24/24 giờ", "24", 24, "measure", "giờ", total=24,
      subject="thời gian thông quan trong ngày", optional=True),
    F("nâng cấp 2 bãi kiểm hóa", "2", 2, "count", "bãi kiểm hóa", status="target",
      subject="bãi kiểm hóa hoàn thành nâng cấp"),
    F("khoảng 5,6 ha", "5,6", 5.6, "measure", "ha", approx="about", status="target",
      subject="tổng diện tích bãi kiểm hóa"),
]

NOTES = [
    "UBND tỉnh Lào Cai report Số 386/BC-UBND dated 09/10/2023: border-gate trade 9 months 2023, flattened '|' table (Đơn vị tính: triệu USD).",
    "Distractors: Số: 386/BC-UBND, Kế hoạch số 112/KH-UBND ngày 20/3/2023, 'Đường bộ số II' (a name), section numbers I./II./1.-3., QUÝ IV/2023 heading.",
    "Table cells: money ×10^6 from the unit line; gates are not provinces, so the row label goes into the subject; the period comes from the title/lead (another sentence): inherited. No totals for table cells.",
    "'bằng 101,3% so với cùng kỳ, đạt 59,4% kế hoạch năm': first share is the attribute, the second a percent figure of its own (optional).",
    "'gấp 3,4 lần cùng kỳ năm 2022' after 1,2 triệu lượt is that figure's change (unit lần), like 'tăng hơn 2,8 lần so với cùng kỳ'.",
    "'(2.000 tỷ đồng)' after 'dự toán' is the plan: target of 1.352 tỷ. '24/24 giờ' (round-the-clock clearance) is optional.",
]

if __name__ == "__main__":
    build("p1088-3", TEXT, NOTES, FIGS, published="2023-10-09", location="Lào Cai")
