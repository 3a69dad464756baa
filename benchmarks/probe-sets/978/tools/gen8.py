"""p978-8: provincial newspaper online (Báo Đồng Tháp) - 2024 exports of water hyacinth and sedge handicrafts; headline figure, (ĐTO) tag."""
from lib import F, P, I, C, T, build

TEXT = """Báo Đồng Tháp Online › Kinh tế

Xuất khẩu hàng thủ công từ lục bình, cói năm 2024 đạt hơn 15 triệu USD

Cập nhật ngày: 10/01/2025 - 07:35

(ĐTO) - Năm 2024, kim ngạch xuất khẩu hàng thủ công mỹ nghệ từ lục bình, cói, tre của tỉnh Đồng Tháp đạt hơn 15,3 triệu USD, tăng 23,6% so với năm 2023, vượt 7,1% kế hoạch. Trong đó, sản phẩm từ lục bình chiếm khoảng 70%.

Quý IV/2024 là cao điểm đơn hàng cuối năm, kim ngạch đạt 5,1 triệu USD, chiếm 33,3% cả năm. Các thị trường chính là Hoa Kỳ, Nhật Bản, Hàn Quốc và Hà Lan.

Toàn tỉnh có 14 doanh nghiệp, 27 hợp tác xã và hơn 160 tổ hợp tác, cơ sở tham gia sản xuất, thu mua sản phẩm. Các huyện có nhiều cơ sở nhất là Tháp Mười (48 cơ sở), Thanh Bình (35 cơ sở) và Tam Nông (29 cơ sở), tập trung dọc Quốc lộ 30 và đường ĐT.846.

Mỗi năm, ngành hàng tiêu thụ khoảng 4.500 tấn lục bình khô, tạo việc làm thường xuyên cho gần 9.000 lao động nông thôn, chủ yếu là phụ nữ. Giá lục bình khô năm 2024 dao động 14.000-16.000 đồng/kg, tăng khoảng 2.000 đồng/kg so với năm trước. Đồng Tháp hiện đứng thứ 2 khu vực Đồng bằng sông Cửu Long về kim ngạch xuất khẩu sản phẩm lục bình.

Năm 2025, tỉnh đặt mục tiêu kim ngạch xuất khẩu nhóm hàng này đạt 17 triệu USD; dự kiến hỗ trợ xây dựng 5 mô hình liên kết trồng, sơ chế lục bình với tổng kinh phí khoảng 3,2 tỷ đồng theo Quyết định số 1130/QĐ-UBND-HC.

THANH TÂM
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
SUBJ = "cơ sở tham gia sản xuất, thu mua sản phẩm"
FIGS = [
    F("hơn 15 triệu USD", "15", 15e6, "money", "USD", approx="over",
      subject="xuất khẩu hàng thủ công từ lục bình, cói", period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("hơn 15,3 triệu USD", "15,3", 15.3e6, "money", "USD", approx="over", change=C("increase", 23.6, baseline="năm 2023"),
      subject="kim ngạch xuất khẩu hàng thủ công mỹ nghệ từ lục bình, cói, tre", period=Y24),
    F("vượt 7,1% kế hoạch", "7,1", 7.1, "percent", "%", optional=True),
    F("chiếm khoảng 70%", "70", 70, "percent", "%", approx="about", subject="tỷ trọng sản phẩm từ lục bình", period=I(Y24)),
    F("đạt 5,1 triệu USD", "5,1", 5.1e6, "money", "USD", percent=33.3, subject="kim ngạch xuất khẩu",
      period=P("Quý IV/2024", "2024-10-01", "2024-12-31")),
    F("có 14 doanh nghiệp", "14", 14, "count", "doanh nghiệp", subject="doanh nghiệp tham gia sản xuất, thu mua sản phẩm"),
    F("27 hợp tác xã", "27", 27, "count", "hợp tác xã", subject="hợp tác xã tham gia sản xuất, thu mua sản phẩm"),
    F("hơn 160 tổ hợp tác", "160", 160, "count", "tổ hợp tác, cơ sở", approx="over", subject="tổ hợp tác, " + SUBJ),
    F("Tháp Mười (48 cơ sở)", "48", 48, "count", "cơ sở", subject=SUBJ, location="Tháp Mười"),
    F("Thanh Bình (35 cơ sở)", "35", 35, "count", "cơ sở", subject=SUBJ, location="Thanh Bình"),
    F("Tam Nông (29 cơ sở)", "29", 29, "count", "cơ sở", subject=SUBJ, location="Tam Nông"),
    F("khoảng 4.500 tấn", "4.500", 4500, "measure", "tấn/năm", approx="about", subject="lục bình khô tiêu thụ mỗi năm"),
    F("gần 9.000 lao động", "9.000", 9000, "count", "lao động", approx="nearly", subject="lao động nông thôn có việc làm thường xuyên"),
    F("dao động 14.000-16.000", "14.000", 14000, "money", "đồng/kg", value_max=16000,
      change=C("increase", 2000, "đồng/kg", "năm trước", "about"), subject="giá lục bình khô",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("đứng thứ 2 khu vực", "2", 2, "rank", "hạng", subject="kim ngạch xuất khẩu sản phẩm lục bình khu vực Đồng bằng sông Cửu Long"),
    F("đạt 17 triệu USD", "17", 17e6, "money", "USD", status="target", subject="kim ngạch xuất khẩu nhóm hàng", period=Y25),
    F("xây dựng 5 mô hình", "5", 5, "count", "mô hình", status="forecast", subject="mô hình liên kết trồng, sơ chế lục bình",
      period=Y25),
    F("khoảng 3,2 tỷ đồng", "3,2", 3.2e9, "money", "đồng", approx="about", status="forecast", subject="tổng kinh phí hỗ trợ mô hình",
      period=Y25),
]
NOTES = [
    "Báo Đồng Tháp Online: xuất khẩu hàng thủ công từ lục bình, cói năm 2024; headline figure; '(ĐTO) -' tag; 'Cập nhật ngày: 10/01/2025 - 07:35'.",
    "15,3 triệu carries two changes (tăng 23,6% so với năm 2023, vượt 7,1% kế hoạch): the first is the change, the second a percent figure (optional).",
    "'chiếm 33,3% cả năm' after 5,1 triệu is its percent. District list: districts are locations, no total (no cue, does not add up).",
    "'hiện đứng thứ 2' is a rank. Targets: 'đặt mục tiêu' → target; 'dự kiến' (continuing to 'tổng kinh phí') → forecast.",
    "Not figures: Quốc lộ 30, đường ĐT.846, Quyết định số 1130/QĐ-UBND-HC, the dateline and time.",
]
build("p978-8", TEXT, FIGS, NOTES, published="2025-01-10", location="Đồng Tháp")
