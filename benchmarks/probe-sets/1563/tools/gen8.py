"""p1563-8: news agency (TTXVN / Vietnam+): a bird-cage cooperative in huyện Khoái Châu (Hưng Yên) exports to Japan."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """VIETNAM+ | Kinh tế › Doanh nghiệp

Lồng chim tre trúc Hưng Yên vươn ra thị trường quốc tế

Thứ Hai, 09/09/2024 - 10:28

Hưng Yên (TTXVN) - Hợp tác xã Lồng chim mỹ nghệ Bình Minh (huyện Khoái Châu, tỉnh Hưng Yên) vừa xuất khẩu lô hàng 4.500 chiếc lồng chim tre trúc sang Nhật Bản, nâng tổng số lồng xuất khẩu 8 tháng đầu năm 2024 lên 27.600 chiếc, gấp 2,3 lần cùng kỳ năm trước.

Ông Vũ Đình Tuấn, Giám đốc hợp tác xã, cho biết đơn vị hiện có 32 thành viên và liên kết với 140 hộ gia công tại ba xã Bình Minh, Dạ Trạch và Hàm Tử. Kim ngạch xuất khẩu 8 tháng đạt khoảng 410.000 USD (khoảng 10,2 tỷ đồng), chiếm 65% doanh thu của hợp tác xã. Thị trường chính là Nhật Bản, Đài Loan (Trung Quốc) và Hàn Quốc; trong đó Nhật Bản chiếm 48% kim ngạch.

Giá xuất khẩu bình quân 14-16 USD/chiếc, cao gấp khoảng 3 lần giá bán trong nước. Mỗi thợ thủ công hoàn thiện 2-3 chiếc lồng/ngày, thu nhập 8-10 triệu đồng/tháng. Năm 2023, doanh thu của hợp tác xã đạt 15,6 tỷ đồng, vượt 4% kế hoạch.

Theo Sở Công Thương Hưng Yên, toàn tỉnh có 6 làng nghề mây tre đan và lồng chim, thu hút hơn 4.300 lao động; giá trị sản xuất năm 2023 đạt 385 tỷ đồng, tăng 9% so với năm 2022, xếp thứ 3 trong nhóm ngành thủ công mỹ nghệ của tỉnh.

Hợp tác xã đặt mục tiêu năm 2024 xuất khẩu 40.000 chiếc lồng, doanh thu 20 tỷ đồng; dự kiến tuyển thêm 20-25 lao động vào cuối năm.

(TTXVN/Vietnam+)
"""

M8 = per("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")
M8S = per("8 tháng", "2024-01-01", "2024-08-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
T24 = per("năm 2024", "2024-01-01", "2024-12-31")
KC = "Khoái Châu"

FIGS = [
    fig("hàng 4.500 chiếc", "4.500", 4500, "count", "chiếc", subject="lồng chim tre trúc xuất khẩu sang Nhật Bản",
        location=KC),
    fig("lên 27.600 chiếc", "27.600", 27600, "count", "chiếc",
        change=chg("increase", 2.3, "lần", "cùng kỳ năm trước"),
        subject="tổng số lồng xuất khẩu", period=M8, location=KC),
    fig("có 32 thành viên", "32", 32, "count", "thành viên", subject="thành viên hợp tác xã", location=KC),
    fig("với 140 hộ", "140", 140, "count", "hộ", subject="hộ gia công liên kết", location=KC),
    fig("tại ba xã", "ba", 3, "count", "xã", subject="xã có hộ gia công liên kết", location=KC),
    fig("khoảng 410.000 USD", "410.000", 410000, "money", "USD", approx="about", percent=65,
        subject="kim ngạch xuất khẩu", period=M8S, location=KC),
    fig("khoảng 10,2 tỷ", "10,2", 10.2e9, "money", "đồng", approx="about", optional=True,
        subject="kim ngạch xuất khẩu quy đổi", period=M8S, location=KC),
    fig("chiếm 48%", "48", 48, "percent", "%", subject="thị trường Nhật Bản trong kim ngạch",
        period=inh(M8S), location=KC),
    fig("14-16 USD", "14", 14, "money", "USD/chiếc", value_max=16,
        change=chg("increase", 3, "lần", "giá bán trong nước", approx="about"),
        subject="giá xuất khẩu bình quân", location=KC),
    fig("hoàn thiện 2-3 chiếc", "2", 2, "measure", "chiếc lồng/ngày", value_max=3,
        subject="lồng mỗi thợ thủ công hoàn thiện", location=KC),
    fig("8-10 triệu", "8", 8e6, "money", "đồng/tháng", value_max=10e6, subject="thu nhập thợ thủ công",
        location=KC),
    fig("đạt 15,6 tỷ", "15,6", 15.6e9, "money", "đồng",
        change=chg("increase", 4, "%", "kế hoạch"), subject="doanh thu của hợp tác xã", period=Y23,
        location=KC),
    fig("có 6 làng nghề", "6", 6, "count", "làng nghề", subject="làng nghề mây tre đan và lồng chim"),
    fig("hơn 4.300 lao động", "4.300", 4300, "count", "lao động", approx="over",
        subject="lao động làng nghề thu hút"),
    fig("đạt 385 tỷ", "385", 385e9, "money", "đồng", change=chg("increase", 9, "%", "năm 2022"),
        subject="giá trị sản xuất", period=Y23b),
    fig("xếp thứ 3", "3", 3, "rank", "hạng",
        subject="giá trị sản xuất", period=Y23b),
    fig("khẩu 40.000 chiếc", "40.000", 40000, "count", "chiếc", status="target",
        subject="lồng xuất khẩu", period=T24, location=KC),
    fig("doanh thu 20 tỷ", "20", 20e9, "money", "đồng", status="target", subject="doanh thu",
        period=T24, location=KC),
    fig("thêm 20-25 lao động", "20", 20, "count", "lao động", value_max=25, status="forecast",
        subject="lao động tuyển thêm", location=KC),
]

NOTES = [
    "News agency (TTXVN republished on Vietnam+): section path, 'Thứ Hai, 09/09/2024 - 10:28', 'Hưng Yên (TTXVN) -', closing '(TTXVN/Vietnam+)'.",
    "Distractors: 10:28, cooperative and commune names, 'năm 2022' (baseline), 'cùng kỳ năm trước'.",
    "The cooperative sits in huyện Khoái Châu: its figures are located in Khoái Châu; Nhật Bản, Đài Loan, Hàn Quốc are trade partners, not places.",
    "The Sở Công Thương paragraph is province-wide: Hưng Yên (default).",
    "'gấp 2,3 lần cùng kỳ năm trước' after 27.600 chiếc → change 2.3 lần; 'cao gấp khoảng 3 lần giá bán trong nước' → change of the export price.",
    "'khoảng 410.000 USD (khoảng 10,2 tỷ đồng), chiếm 65% doanh thu': 65 is its percent; the bracketed conversion restates the same amount (optional).",
    "'trong đó Nhật Bản chiếm 48% kim ngạch': a share with its own verb, a percent figure (no total: a percent is no part of a USD amount).",
    "'vượt 4% kế hoạch' → change with baseline 'kế hoạch'. 'xếp thứ 3' → rank of the province's craft-village production value (2023).",
    "revised after the first run: rank subject 'giá trị sản xuất trong nhóm ngành thủ công mỹ nghệ của tỉnh' → 'giá trị sản xuất'",
    "  (the field of a ranking is not its subject, as 'toàn quốc' in the shared gold and 'khu vực Đông Nam Bộ' in p1563-1).",
    "'đặt mục tiêu năm 2024 ...; dự kiến tuyển thêm 20-25 lao động vào cuối năm': target, then forecast ('vào cuối năm' is no period).",
]

if __name__ == "__main__":
    write("p1563-8", TEXT, NOTES, FIGS, published="2024-09-09", location="Hưng Yên")
