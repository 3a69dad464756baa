"""p1174-2: district portal (huyện Phú Bình, Thái Nguyên), Tết Ất Tỵ 2025 alcohol checks under Nghị định 168."""
from lib import F, P, I, C, T, write

TEXT = """UBND HUYỆN PHÚ BÌNH - CỔNG THÔNG TIN ĐIỆN TỬ
Tin tức - Sự kiện | An ninh - Quốc phòng

Công an huyện Phú Bình xử lý 187 trường hợp vi phạm nồng độ cồn dịp Tết Ất Tỵ

Thứ Hai, 10/02/2025 - 14:05

Từ ngày 15/01 đến 08/02/2025, Công an huyện Phú Bình đã thành lập sáu tổ công tác, bố trí 42 cán bộ, chiến sĩ tuần tra, kiểm soát trên Quốc lộ 37, đường tỉnh 269 và các tuyến liên xã. Các tổ đã kiểm tra 4.215 lượt phương tiện, phát hiện 187 trường hợp vi phạm nồng độ cồn, trong đó 21 trường hợp điều khiển ô tô, 165 trường hợp điều khiển mô tô và một trường hợp điều khiển xe đạp điện.

Tổng số tiền phạt ước khoảng 1,32 tỷ đồng, tăng gấp 2,4 lần so với cùng kỳ Tết Giáp Thìn 2024, do từ ngày 1/1/2025 các mức phạt được áp dụng theo Nghị định số 168/2024/NĐ-CP. Theo Nghị định này, người điều khiển xe mô tô có nồng độ cồn vượt quá 0,4 miligam/1 lít khí thở bị phạt tiền từ 8 đến 10 triệu đồng, tước giấy phép lái xe từ 22 đến 24 tháng; với người điều khiển ô tô, mức phạt từ 30 đến 40 triệu đồng.

Tại xã Kha Sơn, khoảng 21 giờ ngày 03/02, tổ công tác số 2 phát hiện anh N.V.T. (sinh năm 1987, trú xóm Đồng Múc) điều khiển xe mô tô biển kiểm soát 20B1-456.78 có nồng độ cồn 0,682 miligam/1 lít khí thở, gấp hơn 1,7 lần ngưỡng của mức xử phạt cao nhất. Anh T. bị lập biên bản, tạm giữ phương tiện theo quy định.

Trong năm 2025, Công an huyện phấn đấu kiểm tra ít nhất 30.000 lượt phương tiện, kéo giảm trên 10% số trường hợp vi phạm nồng độ cồn so với năm 2024.

Minh Hằng (Công an huyện Phú Bình)
"""

TET = P("Từ ngày 15/01 đến 08/02/2025", "2025-01-15", "2025-02-08")
Y25 = P("Trong năm 2025", "2025-01-01", "2025-12-31")
HEAD_SUBJ = "trường hợp vi phạm nồng độ cồn bị xử lý dịp Tết Ất Tỵ"

FIGS = [
    F("xử lý 187 trường hợp", "187", 187, "count", "trường hợp", subject=HEAD_SUBJ),
    F("sáu tổ công tác", "sáu", 6, "count", "tổ công tác", subject="tổ công tác được thành lập", period=TET),
    F("bố trí 42 cán bộ", "42", 42, "count", "cán bộ, chiến sĩ",
      subject="cán bộ, chiến sĩ tuần tra, kiểm soát", period=TET),
    F("kiểm tra 4.215 lượt", "4.215", 4215, "count", "lượt phương tiện",
      subject="lượt phương tiện được kiểm tra", period=I(TET)),
    F("phát hiện 187 trường hợp", "187", 187, "count", "trường hợp",
      subject="trường hợp vi phạm nồng độ cồn phát hiện", period=I(TET)),
    F("21 trường hợp", "21", 21, "count", "trường hợp", total=187,
      subject="trường hợp vi phạm nồng độ cồn điều khiển ô tô", period=I(TET)),
    F("165 trường hợp", "165", 165, "count", "trường hợp", total=187,
      subject="trường hợp vi phạm nồng độ cồn điều khiển mô tô", period=I(TET)),
    F("và một trường hợp", "một", 1, "count", "trường hợp", total=187,
      subject="trường hợp vi phạm nồng độ cồn điều khiển xe đạp điện", period=I(TET)),
    F("khoảng 1,32 tỷ đồng", "1,32", 1320000000, "money", "đồng", approx="about", status="estimate",
      change=C("increase", 2.4, "lần", "cùng kỳ Tết Giáp Thìn 2024"),
      subject="tổng số tiền phạt vi phạm nồng độ cồn", period=I(TET)),
    F("vượt quá 0,4 miligam", "0,4", 0.4, "measure", "miligam/1 lít khí thở", approx="over", optional=True,
      subject="ngưỡng nồng độ cồn trong khí thở của mức xử phạt cao nhất"),
    F("từ 8 đến 10 triệu", "8", 8000000, "money", "đồng", value_max=10000000,
      subject="mức phạt tiền người điều khiển xe mô tô có nồng độ cồn vượt quá 0,4 miligam/1 lít khí thở"),
    F("từ 22 đến 24 tháng", "22", 22, "measure", "tháng", value_max=24,
      subject="thời hạn tước giấy phép lái xe người điều khiển xe mô tô vi phạm nồng độ cồn"),
    F("từ 30 đến 40 triệu", "30", 30000000, "money", "đồng", value_max=40000000,
      subject="mức phạt người điều khiển ô tô có nồng độ cồn vượt quá 0,4 miligam/1 lít khí thở"),
    F("nồng độ cồn 0,682 miligam", "0,682", 0.682, "measure", "miligam/1 lít khí thở",
      change=C("increase", 1.7, "lần", "ngưỡng của mức xử phạt cao nhất", approx="over"),
      subject="nồng độ cồn trong khí thở của người điều khiển xe mô tô anh N.V.T."),
    F("ít nhất 30.000 lượt", "30.000", 30000, "count", "lượt phương tiện", approx="at_least", status="target",
      subject="lượt phương tiện được kiểm tra", period=Y25),
    F("trên 10%", "10", 10, "percent", "%", approx="over", status="target",
      subject="mức kéo giảm số trường hợp vi phạm nồng độ cồn so với năm 2024", period=Y25),
]

NOTES = [
    "District portal (huyện Phú Bình, Thái Nguyên): Tết Ất Tỵ 2025 checks under Nghị định 168/2024/NĐ-CP. Dateline 'Thứ Hai, 10/02/2025 - 14:05', byline at the end.",
    "Distractors: Quốc lộ 37, đường tỉnh 269, 'tổ công tác số 2', 'khoảng 21 giờ ngày 03/02', 'sinh năm 1987', plate 20B1-456.78, 1/1/2025, decree number.",
    "Number words: 'sáu tổ công tác' = 6, 'một trường hợp' = 1 (a part of 187). The threshold 0,4 mg that defines the fine level is optional;",
    "the fine levels and the licence suspension length (standing rules) are figures without a period. Commune Kha Sơn is below district: location Phú Bình.",
    "The headline 187 names the Tết period only as 'dịp Tết Ất Tỵ' (no dates): no period. 'gấp hơn 1,7 lần' after 0,682 is its change.",
]

if __name__ == "__main__":
    write("p1174-2", TEXT, NOTES, FIGS, published="2025-02-10", location="Phú Bình")
