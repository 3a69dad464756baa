"""p1262-2: district portal (huyện Đức Trọng, Lâm Đồng): water-saving irrigation in the district, a vegetable cooperative, support policy."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC TRỌNG - TỈNH LÂM ĐỒNG
Trang chủ > Kinh tế > Nông nghiệp

Đức Trọng: 62% diện tích cây trồng được tưới tiết kiệm nước

25/06/2024 - 10:20

Theo Phòng Nông nghiệp và Phát triển nông thôn huyện, Đức Trọng hiện có trên 18.500 ha cây trồng được tưới tiết kiệm nước, chiếm gần 62% diện tích canh tác toàn huyện, chủ yếu là rau, hoa, cà phê và cây ăn quả.

6 tháng đầu năm 2024, nông dân đã lắp đặt mới hệ thống tưới phun mưa, nhỏ giọt cho 640/600 ha kế hoạch, vượt 6,7%; tổng vốn đầu tư ước khoảng 45 tỷ đồng, chủ yếu là vốn tự có và vốn vay ngân hàng.

Tại xã Hiệp Thạnh, Hợp tác xã Nông nghiệp Xanh Hiệp Thạnh có 42 thành viên, canh tác 85 ha rau, hoa; toàn bộ diện tích đã lắp đặt hệ thống tưới nhỏ giọt kết hợp bón phân tự động. Ông Trần Văn Lộc, Giám đốc hợp tác xã cho biết, nhờ tưới nhỏ giọt, mỗi ha rau tiết kiệm từ 25 đến 30 công lao động/vụ, lượng phân bón giảm khoảng 20%, lợi nhuận tăng thêm 80-100 triệu đồng/ha/năm.

Theo chính sách của huyện, hộ dân lắp đặt hệ thống tưới tiết kiệm nước được hỗ trợ 30% kinh phí mua thiết bị, tối đa 20 triệu đồng/hộ. Từ năm 2022 đến nay, huyện đã hỗ trợ 312 hộ với tổng kinh phí 5,4 tỷ đồng, trong đó có gần ba chục hộ đồng bào dân tộc thiểu số ở xã Tà Năng.

Năm 2024, huyện phấn đấu nâng diện tích tưới tiết kiệm nước lên 19.000 ha; đến năm 2030 đạt trên 80% diện tích cây trồng cạn.

Nguồn: Phòng NN&PTNT huyện Đức Trọng

Tin khác:
- Đức Trọng tổ chức Hội thi nhà nông đua tài lần thứ 3
- Hướng dẫn lịch thời vụ vụ Hè Thu năm 2024

UBND HUYỆN ĐỨC TRỌNG
Địa chỉ: Số 02 Lê Hồng Phong, thị trấn Liên Nghĩa, huyện Đức Trọng, tỉnh Lâm Đồng
Điện thoại: 0263.3843.216
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
SINCE = per("Từ năm 2022 đến nay", "2022-01-01", "2024-06-25")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("Đức Trọng: 62%", "62", 62, "percent", "%",
        subject="diện tích cây trồng được tưới tiết kiệm nước"),
    fig("trên 18.500 ha", "18.500", 18500, "measure", "ha", approx="over", percent=62,
        subject="cây trồng được tưới tiết kiệm nước"),
    fig("cho 640/600 ha", "640", 640, "measure", "ha", target=tgt(600, "ha"),
        change=chg("increase", 6.7, "%", "kế hoạch"),
        subject="diện tích lắp đặt mới hệ thống tưới phun mưa, nhỏ giọt", period=H1),
    fig("khoảng 45 tỷ", "45", 45e9, "money", "đồng", approx="about", status="estimate",
        subject="tổng vốn đầu tư", period=H1),
    fig("có 42 thành viên", "42", 42, "count", "thành viên",
        subject="thành viên hợp tác xã"),
    fig("canh tác 85 ha", "85", 85, "measure", "ha",
        subject="diện tích rau, hoa hợp tác xã canh tác"),
    fig("từ 25 đến 30", "25", 25, "measure", "công lao động/vụ", value_max=30,
        subject="công lao động mỗi ha rau tiết kiệm"),
    fig("khoảng 20%", "20", 20, "percent", "%", approx="about",
        subject="lượng phân bón giảm"),
    fig("thêm 80-100 triệu", "80", 80e6, "money", "đồng/ha/năm", value_max=100e6,
        subject="lợi nhuận tăng thêm"),
    fig("hỗ trợ 30% kinh phí", "30", 30, "percent", "%",
        subject="kinh phí mua thiết bị được hỗ trợ"),
    fig("tối đa 20 triệu", "20", 20e6, "money", "đồng/hộ", approx="at_most",
        subject="mức hỗ trợ kinh phí mua thiết bị"),
    fig("hỗ trợ 312 hộ", "312", 312, "count", "hộ",
        subject="hộ được hỗ trợ lắp đặt hệ thống tưới tiết kiệm nước", period=SINCE),
    fig("phí 5,4 tỷ", "5,4", 5.4e9, "money", "đồng",
        subject="tổng kinh phí hỗ trợ", period=SINCE),
    fig("gần ba chục hộ", "ba chục", 30, "count", "hộ", approx="nearly", total=312,
        subject="hộ đồng bào dân tộc thiểu số được hỗ trợ", period=SINCE),
    fig("lên 19.000 ha", "19.000", 19000, "measure", "ha", status="target",
        subject="diện tích tưới tiết kiệm nước", period=Y24),
    fig("trên 80%", "80", 80, "percent", "%", approx="over", status="target",
        subject="diện tích tưới tiết kiệm nước trong diện tích cây trồng cạn", period=T30),
]

NOTES = [
    "District portal (huyện Đức Trọng, Lâm Đồng): banner, breadcrumb, '25/06/2024 - 10:20' under the headline, 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 10:20, 'lần thứ 3', 'vụ Hè Thu năm 2024' (link), 'Số 02 Lê Hồng Phong', phone 0263.3843.216.",
    "Location: the district (default Đức Trọng); the communes Hiệp Thạnh and Tà Năng are not provinces or districts, so their figures stay Đức Trọng.",
    "'640/600 ha kế hoạch, vượt 6,7%': 600 is the plan → target 600, and the gap to plan 'vượt 6,7%' is a change (baseline kế hoạch).",
    "'tổng vốn đầu tư ước khoảng 45 tỷ' → estimate + about; period '6 tháng đầu năm 2024' stands in the same sentence (before ';').",
    "'Từ năm 2022 đến nay' ends at the dateline 2024-06-25. 'gần ba chục hộ' = nearly 30, a part after 'trong đó' → total 312.",
    "'Năm 2024, huyện phấn đấu ...; đến năm 2030 đạt trên 80%' → both target; 2030 has start null.",
    "Savings with no base amount ('từ 25 đến 30 công lao động/vụ', 'giảm khoảng 20%', 'tăng thêm 80-100 triệu đồng/ha/năm') are figures of their own.",
]

if __name__ == "__main__":
    write("p1262-2", TEXT, NOTES, FIGS, published="2024-06-25", location="Đức Trọng")
