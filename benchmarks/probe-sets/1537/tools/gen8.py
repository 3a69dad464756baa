"""p1537-8: radio/TV site (Đồng Nai): a belt and wallet factory in KCN Nhơn Trạch 3 full of orders in quý I/2024."""
from lib import F, period, inherit, change, target, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH ĐỒNG NAI
Thời sự | Kinh tế | Xã hội | Video | Phát thanh

Doanh nghiệp đồ da kín đơn hàng đến hết quý II

Cập nhật lúc 18:20, ngày 27/02/2024

(ĐNRTV) - Những ngày cuối tháng 2, Công ty TNHH Sản xuất đồ da Tân Vĩnh Phát tại Khu công nghiệp Nhơn Trạch 3 (huyện Nhơn Trạch) chạy 100% công suất để kịp giao thắt lưng, ví da cho thị trường Mỹ.

Đơn hàng quý I/2024 của công ty đạt khoảng 1,1 triệu sản phẩm, tăng 25% so với quý IV/2023. Công ty hiện có 1.320 công nhân, sau Tết đã tuyển mới 180 người và dự kiến tuyển thêm 150-200 lao động trong quý II. Thu nhập bình quân của công nhân khoảng 9,2 triệu đồng/tháng; thưởng Tết Giáp Thìn bình quân 1,5 tháng lương, cao hơn 0,3 tháng so với năm trước.

Theo Ban Quản lý các khu công nghiệp Đồng Nai, hai tháng đầu năm 2024, kim ngạch xuất khẩu của các doanh nghiệp da giày, túi ví trong các khu công nghiệp đạt 748 triệu USD, tăng 18,5% so với cùng kỳ; trong đó nhóm túi xách, ví, thắt lưng đạt 96 triệu USD. Đồng Nai hiện đứng thứ 3 cả nước về kim ngạch xuất khẩu da giày, sau TP Hồ Chí Minh và Bình Dương.

Ông Phạm Đức Long, Phó Giám đốc công ty cho biết, năm nay công ty đặt mục tiêu doanh thu 45 triệu USD và mở thêm hai xưởng may tại Quốc lộ 51.

Hải Quân - Minh Tú
Xem thêm bản tin Thời sự 19h trên kênh ĐNRTV1
"""

Q1 = period("quý I/2024", "2024-01-01", "2024-03-31")
Q2 = period("quý II", "2024-04-01", "2024-06-30")
M2 = period("hai tháng đầu năm 2024", "2024-01-01", "2024-02-29")
Y24 = period("năm nay", "2024-01-01", "2024-12-31")
NT = "Nhơn Trạch"

FIGS = [
    F("chạy 100% công suất", "100", 100, "percent", "%",
      subject="công suất", location=NT),
    F("khoảng 1,1 triệu", "1,1", 1.1e6, "count", "sản phẩm", approx="about",
      change=change("increase", 25, "%", "quý IV/2023"),
      subject="đơn hàng của công ty", period=Q1, location=NT),
    F("có 1.320 công nhân", "1.320", 1320, "count", "công nhân",
      subject="công nhân của công ty", location=NT),
    F("tuyển mới 180 người", "180", 180, "count", "người",
      subject="người tuyển mới sau Tết", location=NT),
    F("thêm 150-200 lao động", "150", 150, "count", "lao động", value_max=200, status="forecast",
      subject="lao động tuyển thêm", period=Q2, location=NT),
    F("khoảng 9,2 triệu", "9,2", 9.2e6, "money", "đồng/tháng", approx="about",
      subject="thu nhập bình quân của công nhân", location=NT),
    F("bình quân 1,5 tháng", "1,5", 1.5, "measure", "tháng lương",
      change=change("increase", 0.3, "tháng", "năm trước"),
      subject="thưởng Tết Giáp Thìn bình quân", location=NT),
    F("đạt 748 triệu", "748", 748e6, "money", "USD",
      change=change("increase", 18.5, "%", "cùng kỳ"),
      subject="kim ngạch xuất khẩu của các doanh nghiệp da giày, túi ví trong các khu công nghiệp", period=M2),
    F("đạt 96 triệu", "96", 96e6, "money", "USD", total=748e6,
      subject="kim ngạch xuất khẩu nhóm túi xách, ví, thắt lưng", period=M2),
    F("đứng thứ 3", "3", 3, "rank", "hạng",
      subject="kim ngạch xuất khẩu da giày"),
    F("doanh thu 45 triệu", "45", 45e6, "money", "USD", status="target",
      subject="doanh thu công ty", period=Y24, location=NT),
    F("thêm hai xưởng", "hai", 2, "count", "xưởng may", status="target",
      subject="xưởng may mở thêm", period=Y24, location=NT),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Đồng Nai): menu, 'Cập nhật lúc 18:20, ngày 27/02/2024', tag '(ĐNRTV) -', byline, programme note.",
    "The company passage (KCN Nhơn Trạch 3, huyện Nhơn Trạch) is located in Nhơn Trạch; the industrial-zone board's figures and the rank are Đồng Nai.",
    "'hai tháng đầu năm 2024' ends 2024-02-29 (leap year). 'trong đó nhóm túi xách, ví, thắt lưng đạt 96 triệu USD' after ';' takes total 748 triệu.",
    "'cao hơn 0,3 tháng so với năm trước' is the change of the 1,5-month bonus. 'quý II' (year-less) → 2024. 'dự kiến' → forecast; 'đặt mục tiêu' governs both clauses of the last sentence (target).",
    "'100% công suất' is a percent figure (the plant runs at full capacity).",
    "Distractors: 18:20, 27/02/2024, 'cuối tháng 2', 'Khu công nghiệp Nhơn Trạch 3', 'quý IV/2023' (baseline), 'Tết Giáp Thìn', 'Quốc lộ 51', '19h', 'ĐNRTV1', 'hết quý II' in the headline.",
]

if __name__ == "__main__":
    write("p1537-8", TEXT, NOTES, FIGS, published="2024-02-27", location="Đồng Nai")
