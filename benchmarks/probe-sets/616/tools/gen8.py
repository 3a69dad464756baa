"""p616-8: commune portal (xã Tân Hội, Đan Phượng, Hà Nội), rural housing permits, violations, housing support, 11 months of 2023."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ TÂN HỘI - HUYỆN ĐAN PHƯỢNG
Trang chủ / Tin tức - Sự kiện / Đất đai - Xây dựng
05/12/2023 10:12 | Lượt xem: 318

Xã Tân Hội: 11 tháng cấp 67 giấy phép xây dựng nhà ở nông thôn

Trong 11 tháng năm 2023, UBND xã phối hợp với Phòng Quản lý đô thị huyện tiếp nhận 72 hồ sơ, cấp 67 giấy phép xây dựng nhà ở riêng lẻ, đạt 93,1% số hồ sơ tiếp nhận; tổng diện tích sàn được cấp phép là 14.286,5 m2, bình quân 213,2 m2/giấy phép.

Công tác quản lý trật tự xây dựng được duy trì thường xuyên theo Kế hoạch số 156/KH-UBND. Xã đã phát hiện 9 trường hợp xây dựng trái phép trên đất nông nghiệp với diện tích vi phạm 1.245 m2, giảm 5 trường hợp so với cùng kỳ; đã buộc khôi phục hiện trạng 8/9 trường hợp, trường hợp còn lại tại cụm 5, xứ đồng Bãi Màu đang được cưỡng chế. Tổng số tiền xử phạt là 96 triệu đồng.

Về hỗ trợ nhà ở, từ đầu năm đến nay xã đã hỗ trợ xây mới, sửa chữa 6 căn nhà cho hộ nghèo, hộ cận nghèo và gia đình chính sách, trong đó xây mới 4 căn với mức hỗ trợ 60 triệu đồng/căn, sửa chữa 2 căn với mức 30 triệu đồng/căn. Tổng kinh phí hỗ trợ 300 triệu đồng, huy động từ Quỹ "Vì người nghèo" và các nhà hảo tâm.

Theo kết quả rà soát, đến hết tháng 11/2023, toàn xã có 3.862 hộ với 3.915 ngôi nhà, trong đó 3.786 nhà kiên cố, chiếm 96,7%, và 129 nhà bán kiên cố; diện tích nhà ở bình quân đạt 31,4 m2/người.

Mọi phản ánh về vi phạm trật tự xây dựng xin gửi về Bộ phận Một cửa UBND xã, điện thoại 0243.363.8120.
"""

M11 = P("Trong 11 tháng năm 2023", "2023-01-01", "2023-11-30")
YTD = P("từ đầu năm đến nay", "2023-01-01", "2023-12-05")
ASOF = P("đến hết tháng 11/2023", None, "2023-11-30")
FIGS = [
    F("tháng cấp 67 giấy phép", "67", 67, "count", "giấy phép", "giấy phép xây dựng nhà ở nông thôn được cấp",
      P("11 tháng", "2023-01-01", "2023-11-30")),
    F("tiếp nhận 72 hồ sơ", "72", 72, "count", "hồ sơ", "hồ sơ cấp phép xây dựng tiếp nhận", M11),
    F("cấp 67 giấy phép xây dựng nhà ở riêng lẻ", "67", 67, "count", "giấy phép",
      "giấy phép xây dựng nhà ở riêng lẻ được cấp", M11, percent=93.1),
    F("là 14.286,5 m2", "14.286,5", 14286.5, "measure", "m2", "tổng diện tích sàn được cấp phép", M11),
    F("bình quân 213,2 m2", "213,2", 213.2, "measure", "m2/giấy phép", "diện tích sàn bình quân mỗi giấy phép", M11),
    F("phát hiện 9 trường hợp", "9", 9, "count", "trường hợp", "trường hợp xây dựng trái phép trên đất nông nghiệp",
      I(M11), change=CH("decrease", 5, "trường hợp", "cùng kỳ")),
    F("vi phạm 1.245 m2", "1.245", 1245, "measure", "m2", "diện tích vi phạm", I(M11)),
    F("hiện trạng 8/9", "8", 8, "count", "trường hợp", "trường hợp buộc khôi phục hiện trạng", I(M11), total=9),
    F("là 96 triệu đồng", "96", 96000000, "money", "đồng", "tổng số tiền xử phạt", I(M11)),
    F("sửa chữa 6 căn", "6", 6, "count", "căn nhà", "căn nhà được hỗ trợ xây mới, sửa chữa cho hộ nghèo, hộ cận nghèo và gia đình chính sách", YTD),
    F("xây mới 4 căn", "4", 4, "count", "căn", "căn nhà được hỗ trợ xây mới", YTD, total=6),
    F("hỗ trợ 60 triệu", "60", 60000000, "money", "đồng/căn", "mức hỗ trợ xây mới", YTD),
    F("sửa chữa 2 căn", "2", 2, "count", "căn", "căn nhà được hỗ trợ sửa chữa", YTD, total=6),
    F("mức 30 triệu", "30", 30000000, "money", "đồng/căn", "mức hỗ trợ sửa chữa", YTD),
    F("hỗ trợ 300 triệu", "300", 300000000, "money", "đồng", "tổng kinh phí hỗ trợ nhà ở", I(YTD)),
    F("có 3.862 hộ", "3.862", 3862, "count", "hộ", "hộ trên địa bàn xã", ASOF),
    F("với 3.915 ngôi nhà", "3.915", 3915, "count", "ngôi nhà", "ngôi nhà trên địa bàn xã", ASOF),
    F("đó 3.786 nhà", "3.786", 3786, "count", "nhà", "nhà kiên cố", ASOF, total=3915, percent=96.7),
    F("và 129 nhà", "129", 129, "count", "nhà", "nhà bán kiên cố", ASOF, total=3915),
    F("đạt 31,4 m2", "31,4", 31.4, "measure", "m2/người", "diện tích nhà ở bình quân", ASOF),
]

COMMENTS = [
    "Cổng TTĐT xã Tân Hội (huyện Đan Phượng): cấp phép xây dựng nhà ở nông thôn, vi phạm trên đất nông nghiệp, hỗ trợ nhà ở; 11 tháng năm 2023.",
    "Dateline '05/12/2023 10:12 | Lượt xem: 318'. 'Kế hoạch số 156/KH-UBND', 'cụm 5', phone are not figures. The figures describe the commune: location Tân Hội.",
    "Headline '11 tháng' takes 2023 from the dateline. 'đạt 93,1% số hồ sơ tiếp nhận' is the percent of 67 (not a total: 72 are dossiers).",
    "'8/9 trường hợp' -> total 9. 'trong đó xây mới 4 căn …, sửa chữa 2 căn' parts of 6; rates 'đồng/căn' are money with the rate in the unit.",
    "'từ đầu năm đến nay' ends at the dateline; 'đến hết tháng 11/2023' is as-of; 3.786 + 129 = 3.915 ('trong đó'), 'chiếm 96,7%' its percent.",
]

if __name__ == "__main__":
    emit("p616-8", TEXT, COMMENTS, FIGS, published="2023-12-05", location="Tân Hội")
