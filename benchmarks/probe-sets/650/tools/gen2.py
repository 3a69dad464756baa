"""p650-2: district portal (Tuần Giáo, Điện Biên) — first rabies vaccination round 2024, dog/cat census by commune."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TUẦN GIÁO
Trang chủ > Tin tức > Nông nghiệp - Nông thôn

Tuần Giáo tiêm phòng dại cho hơn 8.300 con chó, mèo

Thứ Năm, 16/05/2024 - 09:10

Từ ngày 01/4 đến 10/5/2024, đợt tiêm phòng dại thứ nhất năm 2024 trên địa bàn huyện Tuần Giáo đã tiêm được 8.326 con chó, mèo, đạt 86,7% kế hoạch. Trong đó, tiêm cho 7.915 con chó và 411 con mèo.

Theo kết quả điều tra của Trạm Chăn nuôi và Thú y huyện, toàn huyện hiện có 10.248 con chó và 1.362 con mèo, phân bố tại 19 xã, thị trấn. Các xã có đàn chó lớn là Quài Cang (1.024 con), Mường Mùn (876 con) và Chiềng Sinh (812 con). Tỷ lệ tiêm phòng ở khu vực thị trấn đạt từ 90 đến 95%, trong khi nhiều xã vùng cao chỉ đạt 55-60%.

Để thực hiện đợt tiêm, huyện đã cấp 9.600 liều vắc xin dại với kinh phí hơn 105 triệu đồng từ ngân sách huyện; chủ nuôi nộp 20.000 đồng/con tiền công tiêm. Trong 4 tháng đầu năm 2024, Trung tâm Y tế huyện đã tiêm phòng dại cho 214 người bị chó cắn, tăng 37 người so với cùng kỳ năm 2023.

Trong đợt 2 (tháng 9/2024), huyện phấn đấu tiêm bổ sung cho ít nhất 2.000 con chó, mèo, nâng tỷ lệ tiêm phòng cả năm 2024 lên trên 80%. Người dân cần nuôi nhốt chó, không thả rông trên Quốc lộ 6 và các tuyến đường liên xã.

Lò Văn Tuấn (Trạm CN&TY huyện)
"""

R1 = P("Từ ngày 01/4 đến 10/5/2024", "2024-04-01", "2024-05-10")

FIGS = [
    F("hơn 8.300 con", "8.300", 8300, "count", "con", "chó, mèo được tiêm phòng dại", I(R1), approx="over"),
    F("tiêm được 8.326 con", "8.326", 8326, "count", "con", "chó, mèo được tiêm phòng dại đợt thứ nhất", R1, percent=86.7),
    F("7.915 con chó", "7.915", 7915, "count", "con", "chó được tiêm phòng dại", I(R1), total=8326),
    F("411 con mèo", "411", 411, "count", "con", "mèo được tiêm phòng dại", I(R1), total=8326),
    F("10.248 con chó", "10.248", 10248, "count", "con", "chó"),
    F("1.362 con mèo", "1.362", 1362, "count", "con", "mèo"),
    F("19 xã, thị trấn", "19", 19, "count", "xã, thị trấn", "xã, thị trấn có chó, mèo"),
    F("Quài Cang (1.024 con)", "1.024", 1024, "count", "con", "đàn chó", location="Quài Cang"),
    F("Mường Mùn (876 con)", "876", 876, "count", "con", "đàn chó", location="Mường Mùn"),
    F("Chiềng Sinh (812 con)", "812", 812, "count", "con", "đàn chó", location="Chiềng Sinh"),
    F("từ 90 đến 95%", "90", 90, "percent", "%", "tỷ lệ tiêm phòng ở khu vực thị trấn", value_max=95),
    F("55-60%", "55", 55, "percent", "%", "tỷ lệ tiêm phòng nhiều xã vùng cao", value_max=60),
    F("cấp 9.600 liều", "9.600", 9600, "count", "liều", "liều vắc xin dại huyện cấp"),
    F("hơn 105 triệu đồng", "105", 105e6, "money", "đồng", "kinh phí vắc xin dại từ ngân sách huyện", approx="over"),
    F("20.000 đồng/con", "20.000", 20000, "money", "đồng/con", "tiền công tiêm chủ nuôi nộp"),
    F("cho 214 người", "214", 214, "count", "người", "người bị chó cắn được tiêm phòng dại",
      P("Trong 4 tháng đầu năm 2024", "2024-01-01", "2024-04-30"),
      change=CH("increase", 37, "người", "cùng kỳ năm 2023")),
    F("ít nhất 2.000 con", "2.000", 2000, "count", "con", "chó, mèo tiêm bổ sung trong đợt 2",
      P("tháng 9/2024", "2024-09-01", "2024-09-30"), approx="at_least", status="target"),
    F("lên trên 80%", "80", 80, "percent", "%", "tỷ lệ tiêm phòng cả năm", P("cả năm 2024", "2024-01-01", "2024-12-31"),
      approx="over", status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Tuần Giáo (Điện Biên): đợt tiêm phòng dại thứ nhất năm 2024, đàn chó/mèo theo xã, người bị chó cắn, kế hoạch đợt 2.",
    "Dateline 'Thứ Năm, 16/05/2024 - 09:10'. 'đợt ... thứ nhất', 'đợt 2', 'Quốc lộ 6', the year-less '01/4' (takes 2024 from '10/5/2024') are not figures.",
    "'Trong đó' after a sentence break gives 7.915 and 411 the whole 8.326. The census ('hiện có') has no period. Communes in the list go to location",
    "(the most specific place named; the spec names province/city/district and leaves communes open). 'phấn đấu' makes both đợt 2 figures targets;",
    "2.000 con takes 'tháng 9/2024', 80% takes 'cả năm 2024' (two periods in one sentence).",
]

if __name__ == "__main__":
    emit("p650-2", TEXT, COMMENTS, FIGS, published="2024-05-16", location="Tuần Giáo")
