"""p1254-2: district portal (huyện Núi Thành, Quảng Nam): a cá nục processing cooperative in xã Tam Tiến, district figures."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN NÚI THÀNH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Kinh tế | Văn bản

Nghề hấp cá nục ở Tam Tiến vào mùa

16/04/2024 - 08:30

Những ngày này, cơ sở chế biến của Hợp tác xã Thủy sản Tam Tiến Xanh tại thôn 4, xã Tam Tiến tấp nập từ sáng sớm. Mỗi ngày hợp tác xã thu mua từ 3 đến 5 tấn cá nục tươi của ngư dân, chế biến thành cá nục hấp, cá nục một nắng và chả cá.

Ông Lê Văn Hòa, Giám đốc hợp tác xã, cho biết quý I/2024, đơn vị sản xuất hơn 280 tấn sản phẩm, doanh thu đạt 6,4 tỷ đồng, tăng 18% so với cùng kỳ năm trước. Hợp tác xã có 32 thành viên và tạo việc làm thường xuyên cho 45 lao động, trong đó 38 lao động nữ, thu nhập bình quân 7,5 triệu đồng/người/tháng. Giá cá nục hấp bán tại cơ sở từ 70.000-85.000 đồng/kg; cá nục một nắng 120.000 đồng/kg.

Năm nay, hợp tác xã phấn đấu đạt doanh thu 25 tỷ đồng và dự kiến đầu tư thêm hai máy cấp đông với kinh phí khoảng 1,2 tỷ đồng. Sản phẩm cá nục một nắng Tam Tiến đã đạt chứng nhận OCOP 3 sao năm 2023.

Theo Phòng Nông nghiệp và PTNT huyện, toàn huyện hiện có 126 hộ làm nghề chế biến cá nục, cá trích, tập trung tại các xã Tam Tiến, Tam Hải và Tam Quang; sản lượng cá nục khai thác quý I ước đạt 1.950 tấn, bằng 27,5% kế hoạch năm. Mục tiêu đến năm 2025, huyện có ít nhất 5 sản phẩm thủy sản đạt chuẩn OCOP.

Nguồn: Phòng Văn hóa và Thông tin huyện

Tin khác:
- Núi Thành ra quân cao điểm phòng, chống khai thác IUU năm 2024
- Xã Tam Quang tổ chức lễ cầu ngư

UBND HUYỆN NÚI THÀNH
Địa chỉ: 02 Phạm Văn Đồng, thị trấn Núi Thành | Điện thoại: 0235.3871.123
"""

Q1 = per("quý I/2024", "2024-01-01", "2024-03-31")
Q1S = per("quý I", "2023-01-01", "2023-03-31")  # revised: spec §3 nearest earlier period = "năm 2023"
NN = per("Năm nay", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("từ 3 đến 5 tấn", "3", 3, "measure", "tấn/ngày", value_max=5,
        subject="cá nục tươi hợp tác xã thu mua mỗi ngày"),
    fig("hơn 280 tấn", "280", 280, "measure", "tấn", approx="over",
        subject="sản phẩm hợp tác xã sản xuất", period=Q1),
    fig("đạt 6,4 tỷ", "6,4", 6.4e9, "money", "đồng", change=chg("increase", 18, "%", "cùng kỳ năm trước"),
        subject="doanh thu của hợp tác xã", period=Q1),
    fig("có 32 thành viên", "32", 32, "count", "thành viên", subject="thành viên hợp tác xã"),
    fig("cho 45 lao động", "45", 45, "count", "lao động",
        subject="lao động hợp tác xã tạo việc làm thường xuyên"),
    fig("38 lao động nữ", "38", 38, "count", "lao động", total=45, subject="lao động nữ"),
    fig("bình quân 7,5 triệu", "7,5", 7.5e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân của lao động"),
    fig("từ 70.000-85.000", "70.000", 70000, "money", "đồng/kg", value_max=85000,
        subject="giá cá nục hấp bán tại cơ sở"),
    fig("nắng 120.000 đồng/kg", "120.000", 120000, "money", "đồng/kg", subject="giá cá nục một nắng"),
    fig("doanh thu 25 tỷ", "25", 25e9, "money", "đồng", status="target",
        subject="doanh thu hợp tác xã", period=NN),
    fig("thêm hai máy", "hai", 2, "count", "máy", status="forecast",
        subject="máy cấp đông hợp tác xã đầu tư thêm", period=NN),
    fig("khoảng 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", approx="about", status="forecast",
        subject="kinh phí đầu tư máy cấp đông", period=NN),
    fig("có 126 hộ", "126", 126, "count", "hộ", subject="hộ làm nghề chế biến cá nục, cá trích"),
    fig("ước đạt 1.950 tấn", "1.950", 1950, "measure", "tấn", status="estimate", percent=27.5,
        subject="sản lượng cá nục khai thác", period=Q1S),
    fig("ít nhất 5 sản phẩm", "5", 5, "count", "sản phẩm", approx="at_least", status="target",
        subject="sản phẩm thủy sản đạt chuẩn OCOP", period=T25),
]

NOTES = [
    "District portal (huyện Núi Thành, Quảng Nam): banner, menu, '16/04/2024 - 08:30' under the headline, 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 'thôn 4', 'OCOP 3 sao', 'năm 2023' (certification year), '02 Phạm Văn Đồng', phone 0235.3871.123, 08:30.",
    "Location: the district (Núi Thành) for every figure; xã Tam Tiến is a commune, not a place field of the spec.",
    "Standing facts with 'Mỗi ngày', 'có', 'hiện có', prices: no period.",
    "'Năm nay ... phấn đấu ... và dự kiến ...': revenue target, machines and cost forecast; 'Năm nay' = 2024 (dateline).",
    "revised after the first run: year-less 'quý I' (district catch) now 2023, not 2024: FIGURES.md §3 takes the year of the nearest",
    "earlier period or date anywhere in the article, which is 'năm 2023' of the OCOP certificate (a reader would take 2024; see REPORT).",
    "'bằng 27,5% kế hoạch năm' is a percent attribute; 'trong đó 38 lao động nữ' total 45; 'hai máy' number word.",
]

if __name__ == "__main__":
    write("p1254-2", TEXT, NOTES, FIGS, published="2024-04-16", location="Núi Thành")
