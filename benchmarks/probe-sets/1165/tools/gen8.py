"""p1165-8: provincial newspaper online (Báo Lạng Sơn, '(LSO) -'), notarial and authentication work in quarter I/2025."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Báo Lạng Sơn điện tử
Pháp luật | Thứ Ba, 15/04/2025 - 09:10

Quý I, công chứng gần 6.900 hợp đồng, giao dịch

(LSO) - Quý I/2025, 9 tổ chức hành nghề công chứng trên địa bàn tỉnh đã công chứng 6.872 hợp đồng, giao dịch, giảm 4,6% so với cùng kỳ năm 2024; thu phí công chứng trên 4,3 tỷ đồng, đạt 24,6% kế hoạch năm.

Số việc công chứng tập trung chủ yếu ở TP Lạng Sơn, huyện Hữu Lũng và huyện Cao Lộc với lần lượt 3.915, 1.206 và 748 việc. Riêng hợp đồng thế chấp để vay vốn ngân hàng chiếm khoảng 38% tổng số việc.

Trong quý, các cơ quan, đơn vị có thẩm quyền đã chứng thực 168.520 bản sao, trong đó 21.334 bản sao điện tử. Thời gian chứng thực một bản sao điện tử từ 5 đến 10 phút, lệ phí 2.000 đồng/trang như bản giấy.

Tại huyện Hữu Lũng, Văn phòng công chứng Hữu Lũng (số 86 đường Quang Trung, thị trấn Hữu Lũng) là tổ chức hành nghề duy nhất của huyện, có hai công chứng viên. Từ đầu năm đến nay, văn phòng đã 14 lần cử công chứng viên về các xã vùng sâu như Yên Thịnh, Hữu Liên để công chứng tại nhà cho người cao tuổi. Mỗi chuyến đi, về trên 60 km.

Năm 2025, Sở Tư pháp phấn đấu thu phí công chứng đạt 17,5 tỷ đồng; dự kiến thành lập thêm một văn phòng công chứng tại huyện Đình Lập, nâng tổng số tổ chức hành nghề công chứng của tỉnh lên 10.

Minh Châu
"""

HEAD = per("Quý I", "2025-01-01", "2025-03-31")
Q1 = per("Quý I/2025", "2025-01-01", "2025-03-31")
INQ = per("Trong quý", "2025-01-01", "2025-03-31")
YTD = per("Từ đầu năm đến nay", "2025-01-01", "2025-04-15")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
HL = "Hữu Lũng"
LIST = "việc công chứng"

FIGS = [
    fig("gần 6.900 hợp đồng", "6.900", 6900, "count", "hợp đồng, giao dịch", approx="nearly",
        subject="hợp đồng, giao dịch được công chứng", period=HEAD),
    fig("2025, 9 tổ chức", "9", 9, "count", "tổ chức hành nghề công chứng",
        subject="tổ chức hành nghề công chứng trên địa bàn tỉnh"),
    fig("công chứng 6.872 hợp đồng", "6.872", 6872, "count", "hợp đồng, giao dịch",
        change=chg("decrease", 4.6, "%", "cùng kỳ năm 2024"),
        subject="hợp đồng, giao dịch được công chứng", period=Q1),
    fig("trên 4,3 tỷ", "4,3", 4.3e9, "money", "đồng", approx="over", percent=24.6,
        subject="phí công chứng", period=Q1),
    fig("lần lượt 3.915", "3.915", 3915, "count", "việc", subject=LIST, period=inh(Q1), location="Lạng Sơn"),
    fig("3.915, 1.206", "1.206", 1206, "count", "việc", subject=LIST, period=inh(Q1), location=HL),
    fig("và 748 việc", "748", 748, "count", "việc", subject=LIST, period=inh(Q1), location="Cao Lộc"),
    fig("khoảng 38%", "38", 38, "percent", "%", approx="about",
        subject="tỷ lệ hợp đồng thế chấp để vay vốn ngân hàng trong tổng số việc", period=inh(Q1)),
    fig("chứng thực 168.520 bản sao", "168.520", 168520, "count", "bản sao",
        subject="bản sao được chứng thực", period=INQ),
    fig("trong đó 21.334 bản sao", "21.334", 21334, "count", "bản sao điện tử", total=168520,
        subject="bản sao điện tử được chứng thực", period=INQ),
    fig("từ 5 đến 10 phút", "5", 5, "measure", "phút", value_max=10,
        subject="thời gian chứng thực một bản sao điện tử"),
    fig("lệ phí 2.000 đồng/trang", "2.000", 2000, "money", "đồng/trang", subject="lệ phí chứng thực bản sao điện tử"),
    fig("có hai công chứng viên", "hai", 2, "count", "công chứng viên",
        subject="công chứng viên của Văn phòng công chứng Hữu Lũng", location=HL),
    fig("đã 14 lần", "14", 14, "count", "lần", subject="lần cử công chứng viên về các xã vùng sâu công chứng tại nhà",
        period=YTD, location=HL),
    fig("trên 60 km", "60", 60, "measure", "km", approx="over", subject="quãng đường mỗi chuyến đi, về",
        location=HL),
    fig("đạt 17,5 tỷ", "17,5", 17.5e9, "money", "đồng", status="target", subject="phí công chứng", period=Y25),
    fig("thêm một văn phòng", "một", 1, "count", "văn phòng công chứng", status="forecast",
        subject="văn phòng công chứng thành lập thêm", period=Y25, location="Đình Lập"),
    fig("lên 10.", "10", 10, "count", "tổ chức hành nghề công chứng", status="forecast",
        subject="tổng số tổ chức hành nghề công chứng của tỉnh", period=Y25),
]

NOTES = [
    "Provincial newspaper online (Báo Lạng Sơn): 'Thứ Ba, 15/04/2025 - 09:10', tag '(LSO) -', byline at the end. Default location Lạng Sơn.",
    "Headline 'Quý I' without year: 2025 from published. 'Trong quý' = quý I/2025 (scored); 'Từ đầu năm đến nay' ends at published.",
    "'lần lượt' list of places (TP Lạng Sơn, Hữu Lũng, Cao Lộc); 3.915 + 1.206 + 748 != 6.872 ('tập trung chủ yếu'): no total.",
    "Distractors: time 09:10, 'số 86 đường Quang Trung', 'một bản sao' (per one copy), place names. 'thêm một văn phòng' is a number word (forecast).",
    "Office portrait in Hữu Lũng: its figures keep location Hữu Lũng. 'đạt 24,6% kế hoạch năm' is a share; the 17,5 tỷ plan is its own target figure.",
]

if __name__ == "__main__":
    write("p1165-8", TEXT, NOTES, FIGS, published="2025-04-15", location="Lạng Sơn")
