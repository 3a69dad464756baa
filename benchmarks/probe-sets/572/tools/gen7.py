"""p572-7: Cục QLTT Nghệ An department site, no dateline; one-cell-per-line table by district, 2023."""
from lib import emit, fig, per, inh, chg

TEXT = """
CỤC QUẢN LÝ THỊ TRƯỜNG TỈNH NGHỆ AN
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Kết quả kiểm tra, xử lý vi phạm năm 2023 tại các địa bàn trọng điểm

Năm 2023, Cục Quản lý thị trường tỉnh Nghệ An đã kiểm tra 1.874 vụ, xử lý 1.529 vụ vi phạm, thu nộp ngân sách nhà nước 15,9 tỷ đồng, tăng 7,2% so với năm 2022. Kết quả tại bốn địa bàn trọng điểm như sau:

Bảng: Kết quả kiểm tra, xử lý năm 2023 theo địa bàn

Địa bàn
Số vụ kiểm tra (vụ)
Số vụ xử lý (vụ)
Tiền phạt (triệu đồng)
TP. Vinh
412
356
3.845,2
Thị xã Hoàng Mai
198
164
1.602,5
Huyện Diễn Châu
176
149
1.318,0
Huyện Quỳnh Lưu
153
127
1.096,4

Trong năm, Cục đã tổ chức 11 đợt tiêu hủy hàng hóa vi phạm với tổng trị giá 2,74 tỷ đồng, gồm 9.600 bao thuốc lá, 3,2 tấn thực phẩm không rõ nguồn gốc và 4.150 sản phẩm mỹ phẩm giả. Tỷ lệ vụ việc được xử lý đúng thời hạn đạt 97,6%.

Riêng tháng 12/2023, cao điểm phục vụ Tết Giáp Thìn, Cục kiểm tra 186 vụ, xử lý 161 vụ; Đội Quản lý thị trường số 7 trên tuyến Quốc lộ 1A phát hiện nhiều vụ vận chuyển hàng hóa không có hóa đơn, chứng từ.

Năm 2024, Cục phấn đấu tỷ lệ vụ việc được xử lý đúng hạn đạt trên 98%, số thu nộp ngân sách tăng khoảng 5% so với năm 2023.

Địa chỉ: Số 6 Trường Thi, TP. Vinh, Nghệ An
Điện thoại: 0238.3844.512
Tổng số lượt truy cập: 2.315.907 | Đang trực tuyến: 27
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
ROWS = [("TP. Vinh", "Vinh", ("412", "356", "3.845,2")),
        ("Thị xã Hoàng Mai", "Hoàng Mai", ("198", "164", "1.602,5")),
        ("Huyện Diễn Châu", "Diễn Châu", ("176", "149", "1.318,0")),
        ("Huyện Quỳnh Lưu", "Quỳnh Lưu", ("153", "127", "1.096,4"))]


def cells():
    out = []
    for label, place, (a, b, c) in ROWS:
        out.append(fig(f"{label}\n{a}\n", a, int(a), "count", "vụ", subject="Số vụ kiểm tra",
                       period=inh(Y23), location=place))
        out.append(fig(f"{a}\n{b}\n", b, int(b), "count", "vụ", subject="Số vụ xử lý",
                       period=inh(Y23), location=place))
        v = round(float(c.replace(".", "").replace(",", ".")) * 1e6)
        out.append(fig(f"{b}\n{c}\n", c, v, "money", "đồng", subject="Tiền phạt",
                       period=inh(Y23), location=place))
    return out


FIGS = [
    fig("kiểm tra 1.874 vụ", "1.874", 1874, "count", "vụ",
        subject="vụ Cục Quản lý thị trường tỉnh kiểm tra", period=Y23),
    fig("xử lý 1.529 vụ", "1.529", 1529, "count", "vụ", subject="vụ vi phạm xử lý", period=Y23),
    fig("nước 15,9 tỷ đồng", "15,9", 15_900_000_000, "money", "đồng",
        change=chg("increase", 7.2, baseline="năm 2022"),
        subject="thu nộp ngân sách nhà nước", period=Y23),
    fig("bốn địa bàn", "bốn", 4, "count", "địa bàn", subject="địa bàn trọng điểm", optional=True),
    *cells(),
    fig("11 đợt", "11", 11, "count", "đợt", subject="đợt tiêu hủy hàng hóa vi phạm", period=inh(Y23)),
    fig("trị giá 2,74 tỷ đồng", "2,74", 2_740_000_000, "money", "đồng",
        subject="tổng trị giá hàng hóa vi phạm tiêu hủy", period=inh(Y23)),
    fig("9.600 bao", "9.600", 9600, "count", "bao", subject="thuốc lá tiêu hủy", period=inh(Y23)),
    fig("3,2 tấn", "3,2", 3.2, "measure", "tấn", subject="thực phẩm không rõ nguồn gốc tiêu hủy",
        period=inh(Y23)),
    fig("4.150 sản phẩm", "4.150", 4150, "count", "sản phẩm", subject="mỹ phẩm giả tiêu hủy",
        period=inh(Y23)),
    fig("đạt 97,6%", "97,6", 97.6, "percent", "%",
        subject="tỷ lệ vụ việc được xử lý đúng thời hạn", period=inh(Y23)),
    fig("kiểm tra 186 vụ", "186", 186, "count", "vụ", subject="vụ Cục kiểm tra",
        period=per("tháng 12/2023", "2023-12-01", "2023-12-31")),
    fig("xử lý 161 vụ", "161", 161, "count", "vụ", subject="vụ Cục xử lý",
        period=per("tháng 12/2023", "2023-12-01", "2023-12-31")),
    fig("trên 98%", "98", 98, "percent", "%", approx="over", status="target",
        subject="tỷ lệ vụ việc được xử lý đúng hạn", period=Y24),
    fig("khoảng 5%", "5", 5, "percent", "%", approx="about", status="target",
        subject="số thu nộp ngân sách tăng so với năm 2023", period=Y24),
]

COMMENTS = [
    "Cục QLTT Nghệ An department site, no dateline (published absent): results 2023 with a one-cell-per-line table by district,",
    "units in the column headers ('(vụ)', '(triệu đồng)', so 3.845,2 = 3 845 200 000 đồng); row labels (TP./Thị xã/Huyện) → location;",
    "table period from the caption line 'năm 2023' (inherited, not scored). No total row, no totals on cells.",
    "Distractors: 'Đội Quản lý thị trường số 7', 'Quốc lộ 1A', menu bar, address 'Số 6 Trường Thi', phone 0238.3844.512, 'Tổng số lượt truy cập: 2.315.907', 'Đang trực tuyến: 27'.",
    "'bốn địa bàn' (structure, number word) is optional. 'tổng trị giá 2,74 tỷ đồng, gồm 9.600 bao …' — the parts count other things than",
    "the money whole: no total. 'tăng khoảng 5% so với năm 2023' in a target sentence with no base amount: percent figure, target, about.",
]

if __name__ == "__main__":
    emit("p572-7", TEXT, COMMENTS, FIGS, published=None, location="Nghệ An")
