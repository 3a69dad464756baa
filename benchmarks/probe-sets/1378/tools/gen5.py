"""p1378-5: national newspaper: local print newspapers squeezed by paper prices and falling readership."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thời sự > Truyền thông

Thứ ba, 17/12/2024, 06:00 (GMT+7)

Báo in địa phương xoay xở khi giá giấy tăng, bạn đọc giảm

Nhiều tờ báo in của các tỉnh phải giảm kỳ, giảm trang, cắt bớt số lượng in để cầm cự.

Theo Cục Báo chí (Bộ Thông tin và Truyền thông), năm 2023 cả nước có 138 cơ quan báo in, phát hành khoảng 540 triệu bản, giảm gần 30% so với năm 2019. Một tờ báo đảng địa phương hiện chỉ phát hành bình quân 3.000-5.000 bản/kỳ, chủ yếu cấp cho cơ quan, chi bộ theo đặt hàng của tỉnh.

Giá giấy in báo nhập khẩu hiện ở mức 19-21 triệu đồng/tấn, tăng khoảng 25% so với đầu năm 2022. Chi phí giấy chiếm 60-65% giá thành một tờ báo, trong khi giá bán lẻ phổ biến chỉ 4.000-5.000 đồng/tờ.

Ông Trần Văn Khải, Phó tổng biên tập một tờ báo in ở Nghệ An, cho biết tòa soạn đã giảm từ 5 kỳ xuống 3 kỳ mỗi tuần, số bản mỗi kỳ từ 12.000 xuống còn 7.500 bản. Nhờ vậy, chi phí in giảm hơn 1,2 tỷ đồng mỗi năm. "Báo in vẫn là kênh chính thống không thể thay thế ở vùng sâu, vùng xa", ông Khải nói.

Khảo sát của Viện Nghiên cứu Truyền thông Phương Nam với 2.400 người cho thấy chỉ 11,5% người được hỏi đọc báo in hằng tuần; báo in xếp thứ 5 trong các kênh tiếp nhận thông tin, sau truyền hình, mạng xã hội, báo điện tử và phát thanh.

Theo Quy hoạch phát triển và quản lý báo chí toàn quốc, đến năm 2025 số cơ quan báo in sẽ được sắp xếp giảm còn khoảng 110 đơn vị. Bộ Thông tin và Truyền thông cũng đang nghiên cứu cơ chế đặt hàng để hỗ trợ các tờ báo in ở 54 tỉnh, thành phố có vùng dân tộc thiểu số.

Minh Châu
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
NA = "Nghệ An"

FIGS = [
    fig("có 138 cơ quan", "138", 138, "count", "cơ quan báo in", subject="cơ quan báo in", period=Y23),
    fig("khoảng 540 triệu", "540", 540e6, "count", "bản", approx="about",
        change=chg("decrease", 30, "%", "năm 2019", approx="nearly"),
        subject="bản báo in phát hành", period=Y23),
    fig("bình quân 3.000-5.000", "3.000", 3000, "measure", "bản/kỳ", value_max=5000,
        subject="số bản phát hành bình quân của một tờ báo đảng địa phương"),
    fig("mức 19-21 triệu", "19", 19e6, "money", "đồng/tấn", value_max=21e6,
        change=chg("increase", 25, "%", "đầu năm 2022", approx="about"),
        subject="giá giấy in báo nhập khẩu"),
    fig("chiếm 60-65%", "60", 60, "percent", "%", value_max=65,
        subject="chi phí giấy trong giá thành một tờ báo"),
    fig("chỉ 4.000-5.000", "4.000", 4000, "money", "đồng/tờ", value_max=5000,
        subject="giá bán lẻ phổ biến"),
    fig("từ 5 kỳ", "5", 5, "measure", "kỳ/tuần", subject="kỳ báo mỗi tuần trước khi giảm",
        location=NA, optional=True),
    fig("xuống 3 kỳ", "3", 3, "measure", "kỳ/tuần", subject="kỳ báo mỗi tuần", location=NA),
    fig("từ 12.000", "12.000", 12000, "measure", "bản/kỳ", subject="số bản mỗi kỳ trước khi giảm",
        location=NA, optional=True),
    fig("còn 7.500 bản", "7.500", 7500, "measure", "bản/kỳ", subject="số bản mỗi kỳ", location=NA),
    fig("hơn 1,2 tỷ", "1,2", 1.2e9, "money", "đồng/năm", approx="over",
        subject="chi phí in giảm", location=NA),
    fig("với 2.400 người", "2.400", 2400, "count", "người", subject="người được khảo sát"),
    fig("chỉ 11,5%", "11,5", 11.5, "percent", "%", subject="người được hỏi đọc báo in hằng tuần"),
    fig("xếp thứ 5", "5", 5, "rank", "hạng", subject="báo in trong các kênh tiếp nhận thông tin"),
    fig("khoảng 110 đơn vị", "110", 110, "count", "đơn vị", approx="about", status="target",
        subject="số cơ quan báo in", period=T25),
    fig("ở 54 tỉnh", "54", 54, "count", "tỉnh, thành phố",
        subject="tỉnh, thành phố có vùng dân tộc thiểu số"),
]

NOTES = [
    "National newspaper: section path, 'Thứ ba, 17/12/2024, 06:00 (GMT+7)', sapo, quote, byline at the end. National figures: location Việt Nam.",
    "Distractors: 06:00, (GMT+7), 'năm 2019' and 'đầu năm 2022' as baselines, 'Phương Nam' in a name.",
    "'giảm gần 30% so với năm 2019' → change with approx nearly. Ranges '3.000-5.000 bản/kỳ', '19-21 triệu đồng/tấn' (multiplier on both ends),",
    "'60-65%', '4.000-5.000 đồng/tờ' → value_max. Prices and shares stated with 'hiện'/no period: no period.",
    "The Nghệ An newspaper: 'giảm từ 5 kỳ xuống 3 kỳ', 'từ 12.000 xuống còn 7.500 bản' are steps: new value required, old value optional",
    "(cf. the model set's 'từ 40 triệu lên 50 triệu'); location Nghệ An. 'chi phí in giảm hơn 1,2 tỷ đồng mỗi năm' → money, đồng/năm, over.",
    "Survey: '2.400 người' (sample) is a count; 'xếp thứ 5' → rank 5.",
    "'Theo Quy hoạch ..., đến năm 2025 số cơ quan báo in sẽ được sắp xếp giảm còn khoảng 110' → target, period to 2025-12-31.",
]

if __name__ == "__main__":
    write("p1378-5", TEXT, NOTES, FIGS, published="2024-12-17", location="Việt Nam")
