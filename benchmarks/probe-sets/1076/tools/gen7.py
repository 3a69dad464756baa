"""p1076-7: CDC Quảng Trị department site, no dateline, one-cell-per-line table, footer with address/phone/counter."""
from lib import F, P, I, C, write

TEXT = """TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH QUẢNG TRỊ
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Dinh dưỡng cộng đồng

Công bố kết quả điều tra giám sát dinh dưỡng trẻ em năm 2024

Theo kết quả điều tra giám sát dinh dưỡng năm 2024 do Trung tâm thực hiện tại 30 cụm điều tra với 3.150 trẻ dưới 5 tuổi, tỷ lệ suy dinh dưỡng thể nhẹ cân toàn tỉnh Quảng Trị là 11,2%, thể thấp còi 21,8% (giảm 0,9 điểm phần trăm so với năm 2023) và thể gầy còm 5,1%. Tỷ lệ thấp còi vẫn cao hơn mục tiêu tỉnh đề ra cho năm 2024 là 21%.

Bảng: Tỷ lệ suy dinh dưỡng trẻ em dưới 5 tuổi qua các năm (%)
Chỉ tiêu
Năm 2022
Năm 2023
Năm 2024
Nhẹ cân
12,0
11,6
11,2
Thấp còi
23,5
22,7
21,8
Gầy còm
5,6
5,3
5,1
Thừa cân, béo phì
4,2
4,8
5,4

Đáng chú ý, tỷ lệ thừa cân, béo phì có xu hướng tăng, cao nhất là thành phố Đông Hà (8,7%) và thị xã Quảng Trị (7,9%). Trong năm 2024, Trung tâm đã phối hợp tổ chức 2 đợt bổ sung vitamin A, tỷ lệ trẻ từ 6 đến 60 tháng tuổi được uống đạt 96,5%; tập huấn cho 412 cán bộ y tế thôn bản, cộng tác viên dinh dưỡng. Năm 2025, Trung tâm phấn đấu cùng ngành y tế giảm tỷ lệ thấp còi xuống dưới 21% và giữ tỷ lệ thừa cân, béo phì không quá 6%.

Khoa Dinh dưỡng

Địa chỉ: Số 34 Trần Hưng Đạo, phường 1, thành phố Đông Hà, tỉnh Quảng Trị
Điện thoại: 0233.3852.146 | Email: ttksbt@quangtri.gov.vn
Lượt truy cập: 1.284.507 | Đang trực tuyến: 27
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
COLS = (P("Năm 2022", "2022-01-01", "2022-12-31"), P("Năm 2023", "2023-01-01", "2023-12-31"),
        P("Năm 2024", "2024-01-01", "2024-12-31"))


def row(label, nums, anchors):
    out = []
    for (num, val), per, anc in zip(nums, COLS, anchors):
        out.append(F(anc, num, val, "percent", "%", f"tỷ lệ suy dinh dưỡng {label.lower()} {per['text'].lower()}"
                     if label != "Thừa cân, béo phì" else f"tỷ lệ thừa cân, béo phì {per['text'].lower()}", per))
    return out


FIGS = [
    F("tại 30 cụm", "30", 30, "count", "cụm điều tra", "cụm điều tra", Y24),
    F("với 3.150 trẻ", "3.150", 3150, "count", "trẻ", "trẻ dưới 5 tuổi được điều tra", Y24),
    F("trẻ dưới 5 tuổi, tỷ lệ", "5", 5, "measure", "tuổi", approx="under", optional=True),
    F("là 11,2%", "11,2", 11.2, "percent", "%", "tỷ lệ suy dinh dưỡng thể nhẹ cân", Y24),
    F("thể thấp còi 21,8%", "21,8", 21.8, "percent", "%", "tỷ lệ suy dinh dưỡng thể thấp còi", Y24,
      change=C("decrease", 0.9, "điểm phần trăm", "năm 2023")),
    F("thể gầy còm 5,1%", "5,1", 5.1, "percent", "%", "tỷ lệ suy dinh dưỡng thể gầy còm", Y24),
    F("là 21%", "21", 21, "percent", "%", "mục tiêu tỷ lệ thấp còi", P("năm 2024", "2024-01-01", "2024-12-31"),
      status="target"),
    F("em dưới 5 tuổi qua", "5", 5, "measure", "tuổi", approx="under", optional=True),
    *row("Nhẹ cân", (("12,0", 12.0), ("11,6", 11.6), ("11,2", 11.2)), ("12,0", "11,6", "11,6\n11,2")),
    *row("Thấp còi", (("23,5", 23.5), ("22,7", 22.7), ("21,8", 21.8)), ("23,5", "22,7", "22,7\n21,8")),
    *row("Gầy còm", (("5,6", 5.6), ("5,3", 5.3), ("5,1", 5.1)), ("5,6", "5,3", "5,3\n5,1")),
    *row("Thừa cân, béo phì", (("4,2", 4.2), ("4,8", 4.8), ("5,4", 5.4)), ("4,2", "4,8", "5,4")),
    F("Đông Hà (8,7%)", "8,7", 8.7, "percent", "%", "tỷ lệ thừa cân, béo phì", I(Y24), location="Đông Hà"),
    F("Quảng Trị (7,9%)", "7,9", 7.9, "percent", "%", "tỷ lệ thừa cân, béo phì", I(Y24), location="Quảng Trị"),
    F("tổ chức 2 đợt", "2", 2, "count", "đợt", "đợt bổ sung vitamin A", P("Trong năm 2024", "2024-01-01", "2024-12-31"),
      optional=True),
    F("trẻ từ 6 đến 60 tháng", "6", 6, "measure", "tháng tuổi", value_max=60, optional=True),
    F("đạt 96,5%", "96,5", 96.5, "percent", "%", "tỷ lệ trẻ từ 6 đến 60 tháng tuổi được uống vitamin A",
      P("Trong năm 2024", "2024-01-01", "2024-12-31")),
    F("cho 412 cán bộ", "412", 412, "count", "cán bộ", "cán bộ y tế thôn bản, cộng tác viên dinh dưỡng được tập huấn",
      P("Trong năm 2024", "2024-01-01", "2024-12-31")),
    F("xuống dưới 21%", "21", 21, "percent", "%", "tỷ lệ thấp còi", P("Năm 2025", "2025-01-01", "2025-12-31"),
      approx="under", status="target"),
    F("không quá 6%", "6", 6, "percent", "%", "tỷ lệ thừa cân, béo phì", P("Năm 2025", "2025-01-01", "2025-12-31"),
      approx="at_most", status="target"),
]

NOTES = [
    "CDC Quảng Trị (department site, no dateline): điều tra giám sát dinh dưỡng năm 2024; one-cell-per-line table (rows Nhẹ cân,",
    "Thấp còi, Gầy còm, Thừa cân béo phì × columns Năm 2022/2023/2024, unit '(%)' in the caption); periods from the column headers.",
    "'mục tiêu tỉnh đề ra cho năm 2024 là 21%' stands in its own sentence without a figure to attach to: a target figure of its own.",
    "'2 đợt' (rounds) is optional. Distractors: Số 34 Trần Hưng Đạo, phường 1, phone 0233.3852.146, 'Lượt truy cập: 1.284.507',",
    "'Đang trực tuyến: 27'. No published date (no dateline).",
]

if __name__ == "__main__":
    write("p1076-7", TEXT, NOTES, FIGS, location="Quảng Trị")
