from lib import *

TEXT = """Thời sự › Dân sinh
Thứ tư, 17/7/2024, 06:30 (GMT+7)

Hà Nội tháo dỡ hơn 1.200 cụm loa phường ở nội thành

Nhiều phường nội thành đã dừng phát loa định kỳ, chuyển sang nhắn tin qua Zalo, ứng dụng di động; ngoại thành thí điểm loa thông minh hẹn giờ.

Theo Sở Thông tin và Truyền thông Hà Nội, đến hết tháng 6/2024, các quận nội thành đã tháo dỡ 1.236 cụm loa truyền thanh, chủ yếu tại khu vực đông dân cư. Toàn thành phố hiện còn 4.870 cụm loa tại 579 xã, phường, thị trấn, bình quân 0,57 cụm loa/1.000 dân; trong đó hơn 60% thuộc 17 huyện ngoại thành.

Tại quận Hoàn Kiếm, 18/18 phường đã dừng phát loa định kỳ, chỉ phát khi có thông tin khẩn cấp về phòng cháy, thiên tai hay dịch bệnh. Ở ngoại thành, huyện Ba Vì đang thí điểm 120 cụm loa thông minh điều khiển từ xa, mỗi buổi phát tối đa 30 phút, không phát trước 6h và sau 21h.

Khảo sát của Sở với 1.500 hộ dân nội thành cho thấy 62,4% người được hỏi muốn giảm tần suất phát loa, 18% đề nghị bỏ hẳn. Các phường đã giảm từ 30 đến 40% thời lượng phát so với năm 2022.

Ông Trần Đức Hùng, Phó giám đốc Sở, cho biết năm 2024 thành phố đã phân bổ khoảng 35 tỷ đồng, dự kiến chuyển đổi 210 đài truyền thanh xã, phường sang công nghệ IP. Mục tiêu đến cuối năm 2025, 100% đài truyền thanh cấp xã của Hà Nội ứng dụng CNTT - viễn thông, sớm hơn mục tiêu chung của cả nước.

Người dân có thể phản ánh về tiếng ồn của loa qua đường dây nóng 1022 hoặc đến trụ sở Sở tại 185 Giảng Võ.

Võ Hải
"""

t6 = P("đến hết tháng 6/2024", end="2024-06-30")
y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hơn 1.200 cụm", "1.200", 1200, "count", "cụm loa", "cụm loa phường tháo dỡ ở nội thành", approx="over"),
    F("tháo dỡ 1.236", "1.236", 1236, "count", "cụm loa", "cụm loa truyền thanh các quận nội thành đã tháo dỡ", t6),
    F("còn 4.870", "4.870", 4870, "count", "cụm loa", "cụm loa"),
    F("tại 579", "579", 579, "count", "xã, phường, thị trấn", "xã, phường, thị trấn có cụm loa"),
    F("0,57", "0,57", 0.57, "measure", "cụm loa/1.000 dân", "cụm loa bình quân trên 1.000 dân"),
    F("hơn 60%", "60", 60, "percent", "%", "cụm loa thuộc các huyện ngoại thành", approx="over"),
    F("thuộc 17 huyện", "17", 17, "count", "huyện", "huyện ngoại thành"),
    F("18/18", "18", 18, "count", "phường", "phường đã dừng phát loa định kỳ", total=18, location="Hoàn Kiếm"),
    F("thí điểm 120", "120", 120, "count", "cụm loa", "cụm loa thông minh thí điểm", location="Ba Vì"),
    F("tối đa 30 phút", "30", 30, "measure", "phút", "thời lượng phát mỗi buổi", approx="at_most", location="Ba Vì"),
    F("với 1.500 hộ", "1.500", 1500, "count", "hộ dân", "hộ dân nội thành được khảo sát"),
    F("62,4%", "62,4", 62.4, "percent", "%", "người được hỏi muốn giảm tần suất phát loa"),
    F("18% đề nghị", "18", 18, "percent", "%", "người được hỏi đề nghị bỏ hẳn loa"),
    F("từ 30 đến 40%", "30", 30, "percent", "%", "thời lượng phát các phường đã giảm", value_max=40),
    F("khoảng 35 tỷ", "35", 35e9, "money", "đồng", "kinh phí thành phố đã phân bổ", y24, approx="about"),
    F("chuyển đổi 210", "210", 210, "count", "đài", "đài truyền thanh xã, phường chuyển đổi sang công nghệ IP", y24,
      status="forecast"),
    F("2025, 100%", "100", 100, "percent", "%", "đài truyền thanh cấp xã ứng dụng CNTT - viễn thông",
      P("đến cuối năm 2025", end="2025-12-31"), status="target"),
]

emit("p657-6", TEXT, [
    "National press (`Thứ tư, 17/7/2024, 06:30 (GMT+7)`, byline at the end): Hà Nội removes urban ward loudspeakers; pilots smart speakers.",
    "Distractors: times of day `6h`, `21h`, hotline 1022, `185 Giảng Võ`, `(GMT+7)`. `từ 30 đến 40% thời lượng phát` is a percent range claim",
    "(the reduction itself, no change object). `hơn 60%` after `trong đó` is a percent figure (no whole in %). Hoàn Kiếm / Ba Vì figures carry the district.",
    "revised after first scoring: subject of `0,57 cụm loa/1.000 dân` now names the denominator (as shared h24 `Bác sĩ bình quân 1 vạn dân`).",
    "`đã phân bổ khoảng 35 tỷ` is actual; `dự kiến chuyển đổi 210 đài` forecast; both dated by `năm 2024` in the sentence.",
], FIGS, published="2024-07-17", location="Hà Nội")
