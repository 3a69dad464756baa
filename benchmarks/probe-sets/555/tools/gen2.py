from lib import *

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN THÀNH
Tin tức - Sự kiện | Giáo dục

Yên Thành tổng kết năm học 2023-2024: 142 giải học sinh giỏi cấp tỉnh

Thứ Sáu, 16/08/2024 - 15:20

Sáng 15/8, UBND huyện Yên Thành tổ chức hội nghị tổng kết năm học 2023-2024, triển khai nhiệm vụ năm học mới tại Hội trường UBND huyện.

Năm học 2023-2024, toàn huyện có 112 trường học, trong đó 38 trường mầm non, 41 trường tiểu học, 29 trường THCS và 4 trường THPT, với tổng số 41.370 học sinh, tăng 856 em so với năm học trước. Sĩ số bình quân cấp THCS là 38,6 học sinh/lớp.

Tỷ lệ học sinh THCS được lên lớp đạt 99,1%; có 4.215/4.238 học sinh lớp 9 được công nhận tốt nghiệp THCS. Tỷ lệ học sinh bỏ học giảm còn 0,08%.

Trong kỳ thi chọn học sinh giỏi cấp tỉnh, huyện có 142 em đạt giải (9 giải Nhất, 31 giải Nhì, 47 giải Ba, 55 giải Khuyến khích), xếp thứ 3/21 huyện, thành, thị. Ở kỳ thi học sinh giỏi quốc gia, học sinh Trường THPT Phan Đăng Lưu giành hai giải Ba.

Đến nay, toàn huyện có 96 trường đạt chuẩn quốc gia, chiếm 85,7%; trong đó 17 trường đạt chuẩn mức độ 2. Tỷ lệ giáo viên đạt chuẩn trình độ đào tạo theo Luật Giáo dục 2019 ở cấp tiểu học và THCS lần lượt là 91,4% và 95,2%.

Trong năm học, huyện đã đầu tư hơn 36,5 tỷ đồng xây dựng cơ sở vật chất, mua sắm thiết bị dạy học; Hội Khuyến học huyện trao 1.250 suất học bổng với tổng trị giá gần 625 triệu đồng.

Năm học 2024-2025, huyện phấn đấu có thêm từ 3 đến 5 trường đạt chuẩn quốc gia.

Hoài Thu - Trung tâm VH-TT&TT huyện
"""

NH = SCHOOLYEAR(2023)
NH_H = SCHOOLYEAR(2023, "Năm học 2023-2024")
NEXT = SCHOOLYEAR(2024, "Năm học 2024-2025")
NOW = P("Đến nay", None, "2024-08-16")
INYEAR = SCHOOLYEAR(2023, "Trong năm học")
FIGS = [
    F("142 giải", "142", 142, "count", "giải", "giải học sinh giỏi cấp tỉnh", NH),
    F("có 112 trường học", "112", 112, "count", "trường học", "trường học", NH_H),
    F("38 trường mầm non", "38", 38, "count", "trường mầm non", "trường mầm non", NH_H, total=112),
    F("41 trường tiểu học", "41", 41, "count", "trường tiểu học", "trường tiểu học", NH_H, total=112),
    F("29 trường THCS", "29", 29, "count", "trường THCS", "trường THCS", NH_H, total=112),
    F("4 trường THPT", "4", 4, "count", "trường THPT", "trường THPT", NH_H, total=112),
    F("41.370 học sinh", "41.370", 41370, "count", "học sinh", "tổng số học sinh", NH_H,
      change=CH("increase", 856, "em", "năm học trước")),
    F("38,6 học sinh/lớp", "38,6", 38.6, "measure", "học sinh/lớp", "Sĩ số bình quân cấp THCS", INH(NH)),
    F("đạt 99,1%", "99,1", 99.1, "percent", "%", "Tỷ lệ học sinh THCS được lên lớp", INH(NH)),
    F("4.215/4.238", "4.215", 4215, "count", "học sinh",
      "học sinh lớp 9 được công nhận tốt nghiệp THCS", INH(NH), total=4238),
    F("còn 0,08%", "0,08", 0.08, "percent", "%", "Tỷ lệ học sinh bỏ học", INH(NH)),
    F("142 em", "142", 142, "count", "em", "học sinh đạt giải kỳ thi chọn học sinh giỏi cấp tỉnh", INH(NH)),
    F("(9 giải Nhất", "9", 9, "count", "giải Nhất", "giải Nhất học sinh giỏi cấp tỉnh", INH(NH), total=142),
    F("31 giải Nhì", "31", 31, "count", "giải Nhì", "giải Nhì học sinh giỏi cấp tỉnh", INH(NH), total=142),
    F("47 giải Ba", "47", 47, "count", "giải Ba", "giải Ba học sinh giỏi cấp tỉnh", INH(NH), total=142),
    F("55 giải Khuyến khích", "55", 55, "count", "giải Khuyến khích",
      "giải Khuyến khích học sinh giỏi cấp tỉnh", INH(NH), total=142),
    F("xếp thứ 3/21", "3", 3, "rank", "hạng", "xếp hạng kỳ thi chọn học sinh giỏi cấp tỉnh", INH(NH),
      total=21),
    F("hai giải Ba", "hai", 2, "count", "giải Ba",
      "giải học sinh giỏi quốc gia của học sinh Trường THPT Phan Đăng Lưu", INH(NH)),
    F("có 96 trường", "96", 96, "count", "trường", "trường đạt chuẩn quốc gia", NOW, percent=85.7),
    F("17 trường", "17", 17, "count", "trường", "trường đạt chuẩn quốc gia mức độ 2", NOW, total=96),
    F("là 91,4%", "91,4", 91.4, "percent", "%",
      "Tỷ lệ giáo viên đạt chuẩn trình độ đào tạo cấp tiểu học", INH(NOW)),
    F("và 95,2%", "95,2", 95.2, "percent", "%", "Tỷ lệ giáo viên đạt chuẩn trình độ đào tạo cấp THCS", INH(NOW)),
    F("hơn 36,5 tỷ đồng", "36,5", 36500000000, "money", "đồng",
      "đầu tư xây dựng cơ sở vật chất, mua sắm thiết bị dạy học", INYEAR, approx="over"),
    F("trao 1.250 suất", "1.250", 1250, "count", "suất học bổng", "suất học bổng Hội Khuyến học huyện trao",
      INYEAR),
    F("gần 625 triệu đồng", "625", 625000000, "money", "đồng", "tổng trị giá học bổng", INYEAR,
      approx="nearly"),
    F("từ 3 đến 5 trường", "3", 3, "count", "trường", "trường đạt chuẩn quốc gia có thêm", NEXT,
      value_max=5, status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Yên Thành (Nghệ An), district portal, dateline 'Thứ Sáu, 16/08/2024 - 15:20', byline at the end.",
    "Tổng kết năm học 2023-2024. Choice (spec silent): 'năm học 2023-2024' = 2023-09-01..2024-05-31; 'Đến nay' ends at the dateline;",
    "'Trong năm học' (no year) is the school year 2023-2024 and is scored.",
    "Distractors: 'Sáng 15/8', 'lớp 9', 'Luật Giáo dục 2019', 'chuẩn mức độ 2', 'VH-TT&TT'.",
    "Bracketed prize breakdown adds up to 142 (total). '4.215/4.238' gives total 4238; 'xếp thứ 3/21' rank with total 21.",
    "'giảm còn 0,08%' is the level reached (no change number). 'chiếm 85,7%' is the percent of 96 trường.",
]

if __name__ == "__main__":
    emit("p555-2", TEXT, COMMENTS, FIGS, published="2024-08-16", location="Yên Thành")
