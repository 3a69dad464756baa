"""p1155-4: ministry site (Bộ TN&MT), national network of hydro-meteorological stations, automation."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Trang chủ > Tin tức > Khí tượng thủy văn

Hiện đại hóa mạng lưới quan trắc: hơn 73% trạm khí tượng thủy văn quốc gia đã tự động

Ngày đăng: 05/03/2024 | Lượt xem: 1.047

Theo Tổng cục Khí tượng Thủy văn, đến hết năm 2023, mạng lưới trạm khí tượng thủy văn quốc gia có 1.920 trạm, trong đó 1.406 trạm quan trắc tự động, chiếm 73,2%. Riêng năm 2023, ngành đã lắp đặt mới 126 trạm khí tượng tự động và 310 trạm đo mưa tự động.

Bên cạnh mạng lưới quốc gia, các bộ, ngành, địa phương và doanh nghiệp đang quản lý khoảng 3.600 trạm chuyên dùng, chủ yếu là trạm đo mưa phục vụ vận hành hồ chứa thủy điện, thủy lợi. Các địa phương có nhiều trạm đo mưa chuyên dùng nhất lần lượt là Hà Giang (218 trạm), Yên Bái (205 trạm) và Quảng Nam (196 trạm).

Nhờ đó, mật độ điểm đo mưa bình quân cả nước đạt khoảng 1,8 trạm/100 km2; tần suất quan trắc được rút ngắn từ 6 giờ xuống còn 10 phút. Năm 2023, độ chính xác của dự báo mưa lớn hạn 24 giờ đạt 78%, cao hơn 5 điểm phần trăm so với năm 2019.

Giai đoạn 2021-2025, tổng vốn bố trí cho các dự án hiện đại hóa mạng lưới quan trắc khoảng 2.150 tỷ đồng, trong đó vốn ODA chiếm 38%. Theo quy hoạch được phê duyệt tại Quyết định số 1146/QĐ-TTg, đến năm 2030, 100% trạm khí tượng thủy văn quốc gia được tự động hóa; mỗi xã có nguy cơ lũ quét, sạt lở có ít nhất một điểm đo mưa tự động.

Cổng thông tin điện tử Bộ Tài nguyên và Môi trường
Địa chỉ: Số 10 Tôn Thất Thuyết, Nam Từ Liêm, Hà Nội. Điện thoại: 024.3795.6868
"""

ASOF = per("đến hết năm 2023", None, "2023-12-31")
Y23r = per("Riêng năm 2023", "2023-01-01", "2023-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
GD = per("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
SPEC = "trạm đo mưa chuyên dùng"

FIGS = [
    fig("hơn 73%", "73", 73, "percent", "%", approx="over",
        subject="trạm khí tượng thủy văn quốc gia đã tự động"),
    fig("có 1.920 trạm", "1.920", 1920, "count", "trạm", subject="trạm khí tượng thủy văn quốc gia", period=ASOF),
    fig("1.406 trạm", "1.406", 1406, "count", "trạm", total=1920, percent=73.2,
        subject="trạm quan trắc tự động của mạng lưới quốc gia", period=ASOF),
    fig("mới 126 trạm", "126", 126, "count", "trạm", subject="trạm khí tượng tự động lắp đặt mới", period=Y23r),
    fig("và 310 trạm", "310", 310, "count", "trạm", subject="trạm đo mưa tự động lắp đặt mới", period=Y23r),
    fig("khoảng 3.600 trạm", "3.600", 3600, "count", "trạm", approx="about",
        subject="trạm chuyên dùng do các bộ, ngành, địa phương và doanh nghiệp quản lý"),
    fig("Hà Giang (218 trạm)", "218", 218, "count", "trạm", subject=SPEC, location="Hà Giang"),
    fig("Yên Bái (205 trạm)", "205", 205, "count", "trạm", subject=SPEC, location="Yên Bái"),
    fig("Quảng Nam (196 trạm)", "196", 196, "count", "trạm", subject=SPEC, location="Quảng Nam"),
    fig("khoảng 1,8 trạm/100 km2", "1,8", 1.8, "measure", "trạm/100 km2", approx="about",
        subject="mật độ điểm đo mưa bình quân cả nước"),
    fig("từ 6 giờ", "6", 6, "measure", "giờ", subject="tần suất quan trắc trước đây", optional=True),
    fig("còn 10 phút", "10", 10, "measure", "phút", subject="tần suất quan trắc"),
    fig("đạt 78%", "78", 78, "percent", "%", change=chg("increase", 5, "điểm phần trăm", "năm 2019"),
        subject="độ chính xác của dự báo mưa lớn hạn 24 giờ", period=Y23),
    fig("khoảng 2.150 tỷ", "2.150", 2150e9, "money", "đồng", approx="about",
        subject="tổng vốn bố trí cho các dự án hiện đại hóa mạng lưới quan trắc", period=GD),
    fig("chiếm 38%", "38", 38, "percent", "%", subject="vốn ODA trong tổng vốn", period=GD),
    fig("2030, 100% trạm", "100", 100, "percent", "%", status="target",
        subject="trạm khí tượng thủy văn quốc gia được tự động hóa", period=T30),
    fig("ít nhất một điểm", "một", 1, "count", "điểm đo mưa", approx="at_least", status="target",
        subject="điểm đo mưa tự động mỗi xã có nguy cơ lũ quét, sạt lở", period=T30),
]

NOTES = [
    "revised after the first run: percent subjects keep the sentence's words (X% N → N): headline 73% drops 'tỷ lệ'; 38% 'tỷ trọng vốn ODA …' → 'vốn ODA trong tổng vốn'.",
    "Ministry site (Bộ TN&MT), national: 'Ngày đăng: 05/03/2024 | Lượt xem: 1.047', footer address and phone. Default location Việt Nam.",
    "Distractors: view counter 1.047, Quyết định số 1146/QĐ-TTg, 'hạn 24 giờ' (forecast lead time, a label), 'Số 10 Tôn Thất Thuyết', 024.3795.6868.",
    "1.406 of 1.920 (trong đó) with 'chiếm 73,2%' as its percent. Top-3 list 'lần lượt là Hà Giang (218 trạm) …': places → location, no total.",
    "'1,8 trạm/100 km2' is a rate (measure, denominator in unit). 'rút ngắn từ 6 giờ xuống còn 10 phút': 10 phút is the claim, the old 6 giờ optional.",
    "'trong đó vốn ODA chiếm 38%' is a percent figure of its own (the ODA amount is not stated). 'đến năm 2030' targets: start null.",
]

if __name__ == "__main__":
    write("p1155-4", TEXT, NOTES, FIGS, published="2024-03-05", location="Việt Nam")
