from lib import F, P, Y, write

TEXT = """Xây dựng lực lượng dân quân tự vệ Hà Tĩnh "vững mạnh, rộng khắp"
MINH CHÂU 07:42, 16/05/2024

(Baohatinh.vn) - Sau 4 năm thi hành Luật Dân quân tự vệ năm 2019, lực lượng dân quân tự vệ (DQTV) tỉnh Hà Tĩnh hiện có gần 19.400 đồng chí, chiếm 1,45% dân số, được tổ chức thành 216 trung đội dân quân cơ động và 1 hải đội dân quân thường trực.

Giai đoạn 2020-2023, toàn tỉnh đã huấn luyện cho hơn 71 nghìn lượt cán bộ, chiến sĩ DQTV, tỷ lệ khá, giỏi bình quân đạt 78,6%. Huyện Cẩm Xuyên có tỷ lệ đảng viên trong dân quân cao nhất tỉnh, đạt 31,2%; tiếp theo là thị xã Kỳ Anh 29,5% và huyện Thạch Hà 27,8%. Ở các địa phương còn lại, tỷ lệ này dao động từ 18% đến 24%.

Chế độ, chính sách cho lực lượng được quan tâm đúng mức. Từ ngày 1/7/2024, khi mức lương cơ sở tăng lên 2,34 triệu đồng/tháng, phụ cấp của thôn đội trưởng là 702.000 đồng/tháng. Trợ cấp ngày công lao động cho dân quân khi làm nhiệm vụ được HĐND tỉnh quy định là 180.000 đồng/ngày, cao hơn 31.000 đồng so với mức tối thiểu theo Nghị định số 72/2020/NĐ-CP.

Năm 2023, ngân sách tỉnh và cấp huyện đã bố trí khoảng 46,5 tỷ đồng cho công tác DQTV, tăng 9,4% so với năm 2022; trong đó ngân sách tỉnh 18,2 tỷ đồng, ngân sách cấp huyện 28,3 tỷ đồng.

Đại tá Nguyễn Hồng Phong, Chỉ huy trưởng Bộ CHQS tỉnh cho biết, mục tiêu đến năm 2025, tỷ lệ đảng viên trong DQTV toàn tỉnh đạt trên 25%, 100% thôn, tổ dân phố có tổ dân quân tại chỗ; phấn đấu xây dựng 12 xã điểm về DQTV, trước mắt hoàn thành ở Nghi Xuân và Đức Thọ trong năm nay.

Bài và ảnh: Minh Châu
"""

G = P("Giai đoạn 2020-2023", "2020-01-01", "2023-12-31")
Gi = P("Giai đoạn 2020-2023", "2020-01-01", "2023-12-31", inherited=True)
T25 = P("đến năm 2025", None, "2025-12-31")
Y23 = Y(2023, "Năm 2023")
SP = "tỷ lệ đảng viên trong dân quân"
FIGS = [
    F("Sau 4 năm", "4", 4, "measure", "năm", "thời gian thi hành Luật Dân quân tự vệ", optional=True),
    F("gần 19.400 đồng chí", "19.400", 19400, "count", "đồng chí", "lực lượng dân quân tự vệ",
      approx="nearly", percent=1.45),
    F("thành 216 trung đội", "216", 216, "count", "trung đội", "trung đội dân quân cơ động"),
    F("và 1 hải đội", "1", 1, "count", "hải đội", "hải đội dân quân thường trực"),
    F("hơn 71 nghìn lượt", "71", 71000, "count", "lượt cán bộ, chiến sĩ",
      "lượt cán bộ, chiến sĩ DQTV được huấn luyện", approx="over", period=G),
    F("bình quân đạt 78,6%", "78,6", 78.6, "percent", "%", "tỷ lệ khá, giỏi bình quân", period=G),
    F("đạt 31,2%", "31,2", 31.2, "percent", "%", SP, location="Cẩm Xuyên", period=Gi),
    F("Kỳ Anh 29,5%", "29,5", 29.5, "percent", "%", SP, location="Kỳ Anh", period=Gi),
    F("Thạch Hà 27,8%", "27,8", 27.8, "percent", "%", SP, location="Thạch Hà", period=Gi),
    F("từ 18% đến 24%", "18", 18, "percent", "%", SP + " ở các địa phương còn lại", value_max=24,
      period=Gi),
    F("lên 2,34 triệu đồng/tháng", "2,34", 2.34e6, "money", "đồng/tháng", "mức lương cơ sở"),
    F("là 702.000 đồng/tháng", "702.000", 702000, "money", "đồng/tháng", "phụ cấp của thôn đội trưởng"),
    F("là 180.000 đồng/ngày", "180.000", 180000, "money", "đồng/ngày",
      "trợ cấp ngày công lao động cho dân quân khi làm nhiệm vụ",
      change={"direction": "increase", "value": 31000, "unit": "đồng",
              "baseline": "mức tối thiểu theo Nghị định số 72/2020/NĐ-CP"}),
    F("khoảng 46,5 tỷ đồng", "46,5", 46.5e9, "money", "đồng", "kinh phí cho công tác DQTV", approx="about",
      change={"direction": "increase", "value": 9.4, "unit": "%", "baseline": "năm 2022"}, period=Y23),
    F("tỉnh 18,2 tỷ đồng", "18,2", 18.2e9, "money", "đồng", "ngân sách tỉnh", total=46.5e9, period=Y23),
    F("huyện 28,3 tỷ đồng", "28,3", 28.3e9, "money", "đồng", "ngân sách cấp huyện", total=46.5e9, period=Y23),
    F("đạt trên 25%", "25", 25, "percent", "%", "tỷ lệ đảng viên trong DQTV", approx="over", status="target",
      period=T25),
    F("100% thôn", "100", 100, "percent", "%", "thôn, tổ dân phố có tổ dân quân tại chỗ", status="target",
      period=T25),
    F("xây dựng 12 xã", "12", 12, "count", "xã điểm", "xã điểm về DQTV", status="target", period=T25),
]

COMMENTS = [
    "Báo Hà Tĩnh (Party newspaper): DQTV strength, training, allowances. Dateline with byline 'MINH CHÂU 07:42, 16/05/2024'; '(Baohatinh.vn)' tag.",
    "Distractors: 'Luật Dân quân tự vệ năm 2019', 'Nghị định số 72/2020/NĐ-CP', 'Từ ngày 1/7/2024' (effective date), 'Năm 2023' and 'năm 2022' as periods.",
    "'Sau 4 năm' (duration of the law's application) optional. Current strength ('hiện có') has no period stated: none in gold.",
    "Allowance levels from 1/7/2024: effective date, not a reporting period, so no period in gold (not scored).",
    "District list after 'Huyện Cẩm Xuyên … đạt 31,2%': items carry their district; the range for 'các địa phương còn lại' keeps the province.",
    "'cao hơn 31.000 đồng so với mức tối thiểu …' is the change of 180.000 đồng/ngày. 18,2 + 28,3 = 46,5 tỷ after 'trong đó': totals.",
    "'mục tiêu đến năm 2025 …; phấn đấu …' govern their clauses: targets. '12 xã điểm' target to 2025 ('trước mắt … trong năm nay' is a sub-step).",
]

write(4, TEXT, FIGS, COMMENTS, published="2024-05-16", location="Hà Tĩnh")
