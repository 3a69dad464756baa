"""p1164-2: Đà Bắc district portal (Hòa Bình), school milk in upland schools."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐÀ BẮC
Trang chủ | Tin tức - Sự kiện | Giáo dục - Đào tạo

Sữa học đường đến với gần 9.900 trẻ vùng cao Đà Bắc

Thứ Năm, 20/02/2025 - 15:10

Từ đầu năm học 2024-2025 đến nay, toàn huyện có 36 trường mầm non, tiểu học tham gia Chương trình Sữa học đường với 9.846 trẻ, chiếm 97,4% tổng số trẻ mẫu giáo và học sinh tiểu học trên địa bàn. Các trường đã tổ chức cho trẻ uống gần 335.000 hộp sữa, tăng 6,8% so với cùng kỳ.

Trẻ được uống sữa 2 lần/tuần vào giờ ăn phụ buổi chiều. Với giá 7.200 đồng/hộp, ngân sách tỉnh hỗ trợ 4.320 đồng, phần còn lại do doanh nghiệp và cha mẹ học sinh chi trả; riêng 2.185 trẻ thuộc hộ nghèo ở 11 xã khu vực III được miễn hoàn toàn.

Trường Mầm non Tiền Phong (xã Tiền Phong) có 7 điểm trường, trong đó hai điểm trường lẻ cách trung tâm hơn 15 km đường đồi dốc. Toàn bộ 268 trẻ của trường là con em đồng bào Mường, Dao. Mỗi tuần, cô giáo Bùi Thị Hạnh cùng một nhân viên nhận sữa tại điểm chính rồi chở bằng xe máy vào các điểm lẻ, mỗi chuyến mất từ 1 đến 2 tiếng. Sau một học kỳ, số trẻ suy dinh dưỡng thể thấp còi của trường giảm từ 41 xuống còn 33 trẻ.

Thời gian tới, huyện dự kiến mở rộng chương trình tới 1.050 trẻ nhà trẻ, nâng tổng số trẻ được uống sữa lên khoảng 10.900 trẻ.

Đường dây nóng phản ánh chất lượng sữa: 0218.3827.112

Hà Linh (Trung tâm VH-TT&TT huyện)
"""

SOFAR = per("Từ đầu năm học 2024-2025 đến nay", "2024-09-01", "2025-02-20")
SCHOOL = "Trường Mầm non Tiền Phong"

FIGS = [
    fig("gần 9.900 trẻ", "9.900", 9900, "count", "trẻ", approx="nearly",
        subject="trẻ vùng cao được uống sữa học đường"),
    fig("có 36 trường", "36", 36, "count", "trường",
        subject="trường mầm non, tiểu học tham gia Chương trình Sữa học đường", period=SOFAR),
    fig("với 9.846 trẻ", "9.846", 9846, "count", "trẻ", percent=97.4,
        subject="trẻ tham gia Chương trình Sữa học đường", period=SOFAR),
    fig("gần 335.000 hộp", "335.000", 335000, "count", "hộp", approx="nearly",
        change=chg("increase", 6.8, "%", "cùng kỳ"),
        subject="hộp sữa các trường tổ chức cho trẻ uống", period=inh(SOFAR)),
    fig("2 lần/tuần", "2", 2, "measure", "lần/tuần", subject="số lần trẻ được uống sữa mỗi tuần"),
    fig("giá 7.200 đồng/hộp", "7.200", 7200, "money", "đồng/hộp", subject="giá một hộp sữa"),
    fig("hỗ trợ 4.320 đồng", "4.320", 4320, "money", "đồng",
        subject="ngân sách tỉnh hỗ trợ mỗi hộp sữa"),
    fig("riêng 2.185 trẻ", "2.185", 2185, "count", "trẻ",
        subject="trẻ thuộc hộ nghèo được miễn hoàn toàn tiền sữa"),
    fig("ở 11 xã", "11", 11, "count", "xã", subject="xã khu vực III có trẻ được miễn tiền sữa"),
    fig("có 7 điểm trường", "7", 7, "count", "điểm trường", subject="điểm trường của " + SCHOOL),
    fig("hai điểm trường lẻ", "hai", 2, "count", "điểm trường lẻ", total=7,
        subject="điểm trường lẻ cách trung tâm hơn 15 km của " + SCHOOL),
    fig("hơn 15 km", "15", 15, "measure", "km", approx="over",
        subject="khoảng cách từ điểm trường lẻ đến trung tâm"),
    fig("Toàn bộ 268 trẻ", "268", 268, "count", "trẻ",
        subject="trẻ của " + SCHOOL + " là con em đồng bào Mường, Dao"),
    fig("cùng một nhân viên", "một", 1, "count", "nhân viên", optional=True,
        subject="nhân viên cùng cô giáo nhận và chở sữa"),
    fig("từ 1 đến 2 tiếng", "1", 1, "measure", "tiếng", value_max=2,
        subject="thời gian mỗi chuyến chở sữa vào điểm lẻ"),
    fig("từ 41 xuống", "41", 41, "count", "trẻ",
        subject="trẻ suy dinh dưỡng thể thấp còi của trường trước khi uống sữa"),
    fig("còn 33 trẻ", "33", 33, "count", "trẻ",
        subject="trẻ suy dinh dưỡng thể thấp còi của trường"),
    fig("tới 1.050 trẻ", "1.050", 1050, "count", "trẻ", status="forecast",
        subject="trẻ nhà trẻ được mở rộng chương trình"),
    fig("khoảng 10.900 trẻ", "10.900", 10900, "count", "trẻ", approx="about", status="forecast",
        subject="tổng số trẻ được uống sữa"),
]

NOTES = [
    "District portal (huyện Đà Bắc, Hòa Bình): 'Thứ Năm, 20/02/2025 - 15:10' is the dateline; byline at the end.",
    "Distractors: hotline 0218.3827.112, time 15:10, 'khu vực III' (a commune class), 'Sau một học kỳ' (a time span).",
    "'Từ đầu năm học 2024-2025 đến nay' = 2024-09-01..published. Location is the district throughout (the commune is below district level).",
    "'hai điểm trường lẻ' follows 'có 7 điểm trường, trong đó': total 7. 'cùng một nhân viên' is optional (a number word for one helper).",
    "revised after the first run: 1.050 trẻ subject loses 'sữa học đường' (not in the sentence).",
    "'giảm từ 41 xuống còn 33 trẻ': two counts, no written change. 'dự kiến' makes both closing figures forecasts.",
]

if __name__ == "__main__":
    write("p1164-2", TEXT, NOTES, FIGS, published="2025-02-20", location="Đà Bắc")
