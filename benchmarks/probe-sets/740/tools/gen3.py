from lib import *

TEXT = """UBND TỈNH BẠC LIÊU
Số: 287/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Bạc Liêu, ngày 27 tháng 11 năm 2023

BÁO CÁO
Kết quả tổ chức Giải đua ghe Ngo tỉnh Bạc Liêu năm 2023

Thực hiện Kế hoạch số 134/KH-UBND ngày 12/9/2023 của UBND tỉnh, Giải đua ghe Ngo tỉnh Bạc Liêu năm 2023 đã diễn ra từ ngày 17 đến 18/11/2023 trên sông Bạc Liêu – Cà Mau, đoạn trước Quảng trường Hùng Vương, Phường 1, TP. Bạc Liêu. UBND tỉnh báo cáo kết quả như sau:

I. KẾT QUẢ THỰC HIỆN

1. Các chỉ tiêu chủ yếu
Bảng 1. Kết quả thực hiện so với kế hoạch
Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2023 | Thực hiện năm 2023 | Tỷ lệ (%)
Số ghe Ngo tham gia | ghe | 36 | 39 | 108,3
Số vận động viên | người | 2.000 | 2.215 | 110,8
Lượt khán giả | lượt người | 120.000 | 135.000 | 112,5
Kinh phí tổ chức | triệu đồng | 3.500 | 3.286,4 | 93,9
Giá trị giải thưởng | triệu đồng | 650 | 650 | 100

2. Kết quả thi đấu
Ghe Ngo chùa Xiêm Cán (TP. Bạc Liêu) đoạt giải Nhất nội dung ghe nam cự ly 1.200 m. Về thành tích toàn đoàn, huyện Vĩnh Lợi xếp thứ nhất; huyện Hòa Bình và thị xã Giá Rai lần lượt xếp thứ 2 và thứ 3.

3. Công tác đảm bảo an ninh trật tự, y tế
Các lực lượng chức năng huy động 420 cán bộ, chiến sĩ và 12 xuồng cứu hộ; lực lượng y tế sơ cứu 37 trường hợp, không xảy ra tai nạn đuối nước.

II. ĐÁNH GIÁ VÀ PHƯƠNG HƯỚNG
Kinh phí thực hiện bằng 93,9% dự toán, trong đó nguồn xã hội hóa 1.850 triệu đồng, chiếm 56,3%. Năm 2024, dự kiến số ghe tham gia tăng lên khoảng 42 ghe; phấn đấu đến năm 2025 có 100% chùa Khmer có ghe Ngo được hỗ trợ sửa chữa.

Nơi nhận:
- Bộ VHTTDL;
- TT. Tỉnh ủy, TT. HĐND tỉnh;
- Lưu: VT, KGVX.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

KH = P("Kế hoạch năm 2023", "2023-01-01", "2023-12-31")
TH = P("Thực hiện năm 2023", "2023-01-01", "2023-12-31")
Y23 = I(Y(2023))


def row(label, unit, mult, cells, anchors):
    plan, done, rate = cells
    a_plan, a_done, a_rate = anchors
    k = "money" if unit == "đồng" else "count"
    return [
        F(a_plan, plan[0], plan[1] * mult, k, unit, f"{label} kế hoạch năm 2023", KH, status="target"),
        F(a_done, done[0], done[1] * mult, k, unit, f"{label} thực hiện năm 2023", TH),
        F(a_rate, rate[0], rate[1], "percent", "%", f"Tỷ lệ thực hiện so với kế hoạch {label}", Y23),
    ]


FIGS = (
    row("Số ghe Ngo tham gia", "ghe", 1, (("36", 36), ("39", 39), ("108,3", 108.3)),
        ("| 36 |", "| 39 |", "| 108,3")) +
    row("Số vận động viên", "người", 1, (("2.000", 2000), ("2.215", 2215), ("110,8", 110.8)),
        ("| 2.000 |", "| 2.215 |", "| 110,8")) +
    row("Lượt khán giả", "lượt người", 1, (("120.000", 120000), ("135.000", 135000), ("112,5", 112.5)),
        ("| 120.000 |", "| 135.000 |", "| 112,5")) +
    row("Kinh phí tổ chức", "đồng", 1e6, (("3.500", 3500), ("3.286,4", 3286.4), ("93,9", 93.9)),
        ("| 3.500 |", "| 3.286,4 |", "| 93,9")) +
    row("Giá trị giải thưởng", "đồng", 1e6, (("650", 650), ("650", 650), ("100", 100)),
        ("| 650 | 650", "650 | 100", "| 100")) +
    [
        F("cự ly 1.200 m", "1.200", 1200, "measure", "m", "cự ly nội dung ghe nam", optional=True),
        F("Vĩnh Lợi xếp thứ nhất", "nhất", 1, "rank", "hạng", "thành tích toàn đoàn", Y23, location="Vĩnh Lợi"),
        F("xếp thứ 2 và", "2", 2, "rank", "hạng", "thành tích toàn đoàn", Y23, location="Hòa Bình"),
        F("và thứ 3", "3", 3, "rank", "hạng", "thành tích toàn đoàn", Y23, location="Giá Rai"),
        F("huy động 420 cán bộ", "420", 420, "count", "cán bộ, chiến sĩ",
          "cán bộ, chiến sĩ đảm bảo an ninh trật tự được huy động", Y23),
        F("12 xuồng cứu hộ", "12", 12, "count", "xuồng cứu hộ", "xuồng cứu hộ được huy động", Y23),
        F("sơ cứu 37 trường hợp", "37", 37, "count", "trường hợp", "trường hợp được lực lượng y tế sơ cứu", Y23),
        F("bằng 93,9% dự toán", "93,9", 93.9, "percent", "%", "Kinh phí thực hiện so với dự toán", Y23),
        F("xã hội hóa 1.850 triệu đồng", "1.850", 1850e6, "money", "đồng", "kinh phí từ nguồn xã hội hóa", Y23,
          percent=56.3),
        F("khoảng 42 ghe", "42", 42, "count", "ghe", "số ghe tham gia", Y(2024, "Năm 2024"),
          approx="about", status="forecast"),
        F("có 100% chùa Khmer", "100", 100, "percent", "%", "chùa Khmer có ghe Ngo được hỗ trợ sửa chữa",
          P("đến năm 2025", None, "2025-12-31"), status="target"),
    ]
)

COMMENTS = [
    "Formal report under letterhead (UBND tỉnh Bạc Liêu, Số: 287/BC-UBND, 'Bạc Liêu, ngày 27 tháng 11 năm 2023'): results of the 2023 ghe Ngo race.",
    "Flattened '|' table: Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2023 | Thực hiện năm 2023 | Tỷ lệ (%). Every numeric cell is a figure;",
    "plan cells status target, periods from the column headers (scored); the 'Tỷ lệ (%)' cells are percent figures (period inherited);",
    "'triệu đồng' in the unit column multiplies money cells by 10^6. 'Kế hoạch số 134/KH-UBND', 'Phường 1', 'Bảng 1', section numbers are not figures.",
    "'xếp thứ nhất' is rank 1; 'lần lượt xếp thứ 2 và thứ 3' ranks with the districts as location. 'giải Nhất' is a prize name.",
    "'cự ly 1.200 m' names the race category here: optional. 'trong đó nguồn xã hội hóa' follows a percent (93,9% dự toán), not a money whole: no total.",
]

if __name__ == "__main__":
    emit("p740-3", TEXT, COMMENTS, FIGS, published="2023-11-27", location="Bạc Liêu")
