from lib import F, P, SY, YEAR, I, CH, TG, write

TEXT = """Mang nha học đường lên vùng cao Ba Chẽ

Tháng 3 vừa qua, đoàn y, bác sĩ Bệnh viện Bãi Cháy phối hợp với Trung tâm Y tế huyện Ba Chẽ mang ghế nha lưu động đến 9 trường tiểu học và trung học cơ sở, khám răng miệng miễn phí cho 2.146 học sinh, phần lớn là con em đồng bào Dao, Tày, Sán Chỉ. Có điểm trường như Đồn Đạc cách trung tâm huyện hơn 30 km, đoàn phải đi men theo Quốc lộ 18C rồi vào đường đất.

Kết quả khám cho thấy 1.588 em bị sâu răng, chiếm gần 74%. Nhiều em mới học lớp 3 đã sâu cả 4 răng hàm số 6. Theo bác sĩ Phạm Văn Hùng, trưởng đoàn, tỷ lệ này cao hơn khoảng 12% so với học sinh khu vực thành thị trong tỉnh.

Trong 3 ngày, đoàn đã trám 1.032 răng, nhổ 617 răng sữa lung lay và trám bít hố rãnh cho 480 răng của 160 học sinh lớp 1. Các em còn được tặng bàn chải, kem đánh răng với tổng trị giá khoảng 64 triệu đồng do các nhà hảo tâm đóng góp.

Thầy Hoàng Văn Sáu, Hiệu trưởng Trường PTDTBT Tiểu học Thanh Lâm, chia sẻ: "Nhiều em đau răng phải nghỉ học. Đây là lần thứ 2 các em được khám răng ngay tại trường".

Ba Chẽ hiện có 5.870 học sinh tiểu học và trung học cơ sở, nhưng toàn huyện chỉ có 2 bác sĩ răng hàm mặt. Năm 2024, huyện phấn đấu đưa 100% trường tiểu học vào chương trình súc miệng fluor và tổ chức khám răng định kỳ 2 lần/năm cho học sinh.

HOÀNG NGA
28/03/2024
"""

M = P("Tháng 3 vừa qua", "2024-03-01", "2024-03-31")
Y = YEAR("Năm 2024", 2024)
FIGS = [
    F("đến 9 trường", "9", 9, "count", "trường", "trường tiểu học và trung học cơ sở được khám răng miệng", M),
    F("cho 2.146 học sinh", "2.146", 2146, "count", "học sinh", "học sinh được khám răng miệng miễn phí", M),
    F("hơn 30 km", "30", 30, "measure", "km", "khoảng cách từ điểm trường Đồn Đạc đến trung tâm huyện", approx="over"),
    F("thấy 1.588 em", "1.588", 1588, "count", "em", "học sinh bị sâu răng", I(M), percent=74),
    F("cả 4 răng", "4", 4, "count", "răng", "răng hàm bị sâu của một em", optional=True),
    F("khoảng 12%", "12", 12, "percent", "%", "tỷ lệ sâu răng cao hơn so với học sinh khu vực thành thị", I(M), approx="about"),
    F("trám 1.032 răng", "1.032", 1032, "count", "răng", "răng được trám", I(M)),
    F("nhổ 617 răng", "617", 617, "count", "răng", "răng sữa lung lay được nhổ", I(M)),
    F("cho 480 răng", "480", 480, "count", "răng", "răng được trám bít hố rãnh", I(M)),
    F("của 160 học sinh", "160", 160, "count", "học sinh", "học sinh lớp 1 được trám bít hố rãnh", I(M)),
    F("khoảng 64 triệu đồng", "64", 64e6, "money", "đồng", "tổng trị giá bàn chải, kem đánh răng tặng học sinh", approx="about"),
    F("có 5.870 học sinh", "5.870", 5870, "count", "học sinh", "học sinh tiểu học và trung học cơ sở"),
    F("có 2 bác sĩ", "2", 2, "count", "bác sĩ", "bác sĩ răng hàm mặt"),
    F("đưa 100% trường", "100", 100, "percent", "%", "trường tiểu học tham gia chương trình súc miệng fluor", Y, status="target"),
    F("định kỳ 2 lần/năm", "2", 2, "measure", "lần/năm", "khám răng định kỳ cho học sinh", Y, status="target"),
]

NOTES = [
    "Báo Quảng Ninh style, byline HOÀNG NGA and bare date 28/03/2024 at the end: mobile dental clinic in huyện Ba Chẽ.",
    "Location is the district Ba Chẽ throughout (Bệnh viện Bãi Cháy is the visiting team, not the place of the figures).",
    "'Tháng 3 vừa qua' takes the year of the published date: 2024-03. 'Trong 3 ngày' is a duration locating the work in time, not a figure.",
    "1.588 em carries the share 'chiếm gần 74%' (percent attribute; the figure itself is exact).",
    "'tỷ lệ này cao hơn khoảng 12% so với ...' has no base amount in its sentence: a percent figure without change.",
    "'sâu cả 4 răng hàm số 6' (one pupil's example) is optional; 'số 6' is the tooth's name. Not figures: lớp 3, lớp 1,",
    "Quốc lộ 18C, lần thứ 2, Hoàng Văn Sáu, Ba Chẽ. '2 lần/năm' is a target frequency (measure).",
]

if __name__ == "__main__":
    write("p1077-5", TEXT, NOTES, FIGS, published="2024-03-28", location="Ba Chẽ")
