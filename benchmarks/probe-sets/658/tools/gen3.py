"""p658-3: formal report (UBND tỉnh Thanh Hóa), animal disease and vaccination, 9 months of 2023, flattened | table."""
from lib import F, P, I, CH, emit

TEXT = """UBND TỈNH THANH HÓA
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 187/BC-UBND
Thanh Hóa, ngày 06 tháng 10 năm 2023

BÁO CÁO
Tình hình dịch bệnh động vật và kết quả tiêm phòng 9 tháng năm 2023

I. TÌNH HÌNH DỊCH BỆNH
Trong 9 tháng năm 2023, bệnh dịch tả lợn châu Phi xảy ra tại 41 ổ dịch thuộc 29 xã của 11 huyện, thị xã; tổng số lợn mắc bệnh, chết và tiêu hủy là 1.926 con, tăng 2,3 lần so với cùng kỳ năm 2022, tổng trọng lượng 112.830 kg. Bệnh cúm gia cầm không phát sinh; bệnh viêm da nổi cục đã được khống chế, không có ổ dịch mới sau 21 ngày.

II. KẾT QUẢ TIÊM PHÒNG
Bảng 1. Kết quả tiêm phòng 9 tháng năm 2023
Loại vắc xin | Kế hoạch (liều) | Thực hiện (liều) | Tỷ lệ (%)
Lở mồm long móng | 520.000 | 468.310 | 90,1
Viêm da nổi cục | 240.000 | 231.650 | 96,5
Dịch tả lợn châu Phi | 60.000 | 21.480 | 35,8
Cúm gia cầm | 4.500.000 | 3.862.400 | 85,8

III. KINH PHÍ VÀ VẬT TƯ
UBND tỉnh đã phân bổ 4,29 tỷ đồng hỗ trợ cho 386 hộ chăn nuôi có lợn bị tiêu hủy, bình quân khoảng 11,1 triệu đồng/hộ. Tổng kinh phí tiêm phòng 9 tháng ước đạt 19,7 tỷ đồng, trong đó ngân sách tỉnh 12,4 tỷ đồng, ngân sách cấp huyện và người chăn nuôi đối ứng 7,3 tỷ đồng. Sở Nông nghiệp và PTNT đã cấp 45.000 lít hóa chất sát trùng cho 27 huyện, thị xã, thành phố theo Công văn số 5432/SNN-CNTY.

IV. NHIỆM VỤ QUÝ IV/2023
1. Dự kiến tiêm bổ sung 150.000 liều vắc xin LMLM và 1,2 triệu liều vắc xin cúm gia cầm.
2. Phấn đấu tỷ lệ tiêm phòng LMLM cả năm đạt trên 92%.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- Lưu: VT, NN.
"""

M9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
T9 = I(M9)
Q4 = P("quý IV/2023", "2023-10-01", "2023-12-31", inh=True)


def row(name, plan, a_plan, done, a_done, rate, a_rate):
    v = lambda s: float(s.replace(".", "").replace(",", "."))
    return [
        F(a_plan, plan, v(plan), "count", "liều", f"liều vắc xin {name} kế hoạch", T9, status="target"),
        F(a_done, done, v(done), "count", "liều", f"liều vắc xin {name} thực hiện", T9),
        F(a_rate, rate, v(rate), "percent", "%", f"tỷ lệ tiêm phòng vắc xin {name}", T9),
    ]


FIGS = [
    F("tại 41 ổ dịch", "41", 41, "count", "ổ dịch", "ổ dịch tả lợn châu Phi", M9),
    F("thuộc 29 xã", "29", 29, "count", "xã", "xã có dịch tả lợn châu Phi", M9),
    F("của 11 huyện", "11", 11, "count", "huyện, thị xã", "huyện, thị xã có dịch tả lợn châu Phi", M9),
    F("là 1.926 con", "1.926", 1926, "count", "con", "tổng số lợn mắc bệnh, chết và tiêu hủy", M9,
      change=CH("increase", 2.3, "lần", baseline="cùng kỳ năm 2022")),
    F("lượng 112.830 kg", "112.830", 112830, "measure", "kg", "tổng trọng lượng lợn mắc bệnh, chết và tiêu hủy", M9),
    F("sau 21 ngày", "21", 21, "measure", "ngày", "thời gian không có ổ dịch viêm da nổi cục mới", optional=True),
    *row("Lở mồm long móng", "520.000", "móng | 520.000", "468.310", "468.310", "90,1", "90,1"),
    *row("Viêm da nổi cục", "240.000", "cục | 240.000", "231.650", "231.650", "96,5", "96,5"),
    *row("Dịch tả lợn châu Phi", "60.000", "Phi | 60.000", "21.480", "21.480", "35,8", "35,8"),
    *row("Cúm gia cầm", "4.500.000", "4.500.000", "3.862.400", "3.862.400", "85,8", "85,8"),
    F("phân bổ 4,29 tỷ đồng", "4,29", 4290000000, "money", "đồng", "kinh phí hỗ trợ hộ chăn nuôi có lợn bị tiêu hủy", T9),
    F("cho 386 hộ", "386", 386, "count", "hộ", "hộ chăn nuôi có lợn bị tiêu hủy được hỗ trợ", T9),
    F("khoảng 11,1 triệu", "11,1", 11100000, "money", "đồng/hộ", "mức hỗ trợ bình quân mỗi hộ", T9, approx="about"),
    F("đạt 19,7 tỷ đồng", "19,7", 19700000000, "money", "đồng", "Tổng kinh phí tiêm phòng",
      P("9 tháng", "2023-01-01", "2023-09-30"), status="estimate"),
    F("tỉnh 12,4 tỷ đồng", "12,4", 12400000000, "money", "đồng", "kinh phí tiêm phòng từ ngân sách tỉnh",
      P("9 tháng", "2023-01-01", "2023-09-30"), total=19700000000, status="estimate"),
    F("ứng 7,3 tỷ đồng", "7,3", 7300000000, "money", "đồng",
      "kinh phí tiêm phòng từ ngân sách cấp huyện và người chăn nuôi đối ứng",
      P("9 tháng", "2023-01-01", "2023-09-30"), total=19700000000, status="estimate"),
    F("cấp 45.000 lít", "45.000", 45000, "measure", "lít", "hóa chất sát trùng đã cấp", T9),
    F("cho 27 huyện", "27", 27, "count", "huyện, thị xã, thành phố", "huyện, thị xã, thành phố được cấp hóa chất sát trùng",
      T9),
    F("bổ sung 150.000 liều", "150.000", 150000, "count", "liều", "liều vắc xin LMLM tiêm bổ sung", Q4,
      status="forecast"),
    F("và 1,2 triệu liều", "1,2", 1200000, "count", "liều", "liều vắc xin cúm gia cầm tiêm bổ sung", Q4,
      status="forecast"),
    F("trên 92%", "92", 92, "percent", "%", "tỷ lệ tiêm phòng LMLM cả năm",
      P("cả năm", "2023-01-01", "2023-12-31", inh=True), approx="over", status="target"),
]

COMMENTS = [
    "Formal report (invented) under the letterhead of UBND tỉnh Thanh Hóa, Số: 187/BC-UBND, 'Thanh Hóa, ngày 06 tháng 10 năm 2023'.",
    "Flattened table 'Loại vắc xin | Kế hoạch (liều) | Thực hiện (liều) | Tỷ lệ (%)': every cell a figure; Kế hoạch cells are",
    "status target; Tỷ lệ cells are percent figures of their own; the period comes from the table title line (inherited).",
    "Not figures: 187/BC-UBND, the date line, section numbers I.-IV., 'Bảng 1', list numbers '1.' '2.', Công văn số 5432/SNN-CNTY.",
    "'sau 21 ngày' (the rule for declaring an outbreak over) is optional. 'ước đạt' governs the trong-đó clause (estimate).",
    "Quý IV tasks take the heading 'QUÝ IV/2023' (inherited); 'cả năm' = 2023.",
]

if __name__ == "__main__":
    emit("p658-3", TEXT, COMMENTS, FIGS, published="2023-10-06", location="Thanh Hóa")
