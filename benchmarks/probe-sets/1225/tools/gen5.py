"""p1225-5: Party newspaper (Báo Bình Định): monazite (rare earth) recovered from titanium sands; byline + bare date."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thu hồi monazit từ quặng titan - hướng đi mới cho đất hiếm

Bình Định hiện có 14 mỏ sa khoáng titan được cấp phép khai thác, phân bố ở các huyện Phù Mỹ, Phù Cát và thị xã Hoài Nhơn, tổng diện tích hơn 1.100 ha. Trong cát chứa titan có monazit - khoáng vật mang đất hiếm, với hàm lượng từ 0,3 đến 0,5 kg/m3 cát.

Tại thôn 9, xã Mỹ Thành (huyện Phù Mỹ), Công ty cổ phần Khoáng sản Bình Định đang vận hành dây chuyền tuyển tách monazit công suất 1.500 tấn/năm. Năm 2023, công ty thu hồi 1.126 tấn tinh quặng monazit có hàm lượng TR2O3 trên 55%, gấp 1,8 lần năm 2022; doanh thu từ monazit ước đạt 42 tỷ đồng, chiếm khoảng 15% tổng doanh thu. Nhà máy có 85 lao động, trong đó 62 người là người địa phương.

Ông Lê Văn Hùng, Giám đốc công ty cho biết, mỗi tấn tinh quặng monazit hiện bán với giá khoảng 38 - 40 triệu đồng. Năm 2024, công ty phấn đấu thu hồi 1.300 tấn monazit và dự kiến đầu tư thêm một dây chuyền tách đất hiếm với vốn 120 tỷ đồng.

Theo Sở Tài nguyên và Môi trường, 4 tháng đầu năm 2024, các doanh nghiệp khai thác titan trên địa bàn tỉnh đã nộp ngân sách 67,3 tỷ đồng, tăng 5,2% so với cùng kỳ. Sở đang đề nghị Bộ Tài nguyên và Môi trường khoanh định 3 khu vực có monazit ven biển với tổng diện tích khoảng 420 ha để thăm dò, đánh giá trữ lượng đất hiếm.

Theo dự báo của các nhà khoa học, nếu được chế biến sâu, giá trị monazit sẽ tăng từ 5 đến 7 lần so với bán tinh quặng.

NGUYỄN HÂN
22/5/2024
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
FOUR = per("4 tháng đầu năm 2024", "2024-01-01", "2024-04-30")
PM = "Phù Mỹ"

FIGS = [
    fig("có 14 mỏ", "14", 14, "count", "mỏ", subject="mỏ sa khoáng titan được cấp phép khai thác"),
    fig("hơn 1.100 ha", "1.100", 1100, "measure", "ha", approx="over",
        subject="tổng diện tích các mỏ sa khoáng titan"),
    fig("từ 0,3 đến 0,5", "0,3", 0.3, "measure", "kg/m3", value_max=0.5,
        subject="hàm lượng monazit trong cát chứa titan"),
    fig("công suất 1.500 tấn", "1.500", 1500, "measure", "tấn/năm",
        subject="công suất dây chuyền tuyển tách monazit", location=PM),
    fig("thu hồi 1.126 tấn", "1.126", 1126, "measure", "tấn", change=chg("increase", 1.8, "lần", "năm 2022"),
        subject="tinh quặng monazit thu hồi", period=Y23, location=PM),
    fig("trên 55%", "55", 55, "percent", "%", approx="over", optional=True,
        subject="hàm lượng TR2O3 của tinh quặng monazit", location=PM),
    fig("ước đạt 42 tỷ", "42", 42e9, "money", "đồng", percent=15, status="estimate",
        subject="doanh thu từ monazit", period=Y23, location=PM),
    fig("có 85 lao động", "85", 85, "count", "lao động", subject="lao động của nhà máy", location=PM),
    fig("trong đó 62 người", "62", 62, "count", "người", total=85,
        subject="lao động là người địa phương", location=PM),
    fig("khoảng 38 - 40", "38", 38e6, "money", "đồng/tấn", value_max=40e6, approx="about",
        subject="giá bán tinh quặng monazit", location=PM),
    fig("thu hồi 1.300 tấn", "1.300", 1300, "measure", "tấn", status="target",
        subject="monazit thu hồi", period=Y24, location=PM),
    fig("thêm một dây chuyền", "một", 1, "count", "dây chuyền", status="forecast",
        subject="dây chuyền tách đất hiếm đầu tư thêm", period=Y24, location=PM),
    fig("vốn 120 tỷ", "120", 120e9, "money", "đồng", status="forecast",
        subject="vốn đầu tư dây chuyền tách đất hiếm", period=Y24, location=PM),
    fig("ngân sách 67,3 tỷ", "67,3", 67.3e9, "money", "đồng", change=chg("increase", 5.2, "%", "cùng kỳ"),
        subject="ngân sách các doanh nghiệp khai thác titan đã nộp", period=FOUR),
    fig("định 3 khu vực", "3", 3, "count", "khu vực", subject="khu vực có monazit ven biển đề nghị khoanh định"),
    fig("khoảng 420 ha", "420", 420, "measure", "ha", approx="about",
        subject="tổng diện tích khu vực có monazit đề nghị khoanh định"),
    fig("từ 5 đến 7 lần", "5", 5, "multiple", "lần", value_max=7, status="forecast",
        subject="giá trị monazit nếu được chế biến sâu so với bán tinh quặng"),
]

NOTES = [
    "Party newspaper (Báo Bình Định) feature; byline 'NGUYỄN HÂN' and bare date '22/5/2024' at the end (published).",
    "Distractors: 'thôn 9' (address), 'TR2O3', 'kg/m3' (glued 3), names. 'trên 55%' is the product's grade (optional).",
    "The company passage is placed in xã Mỹ Thành (huyện Phù Mỹ): its figures, also the director's quote and the company's 2024 plan, get Phù Mỹ.",
    "'gấp 1,8 lần năm 2022' is the change of 1.126 tấn. 'mỗi tấn ... khoảng 38 - 40 triệu đồng' is a price per tonne (đồng/tấn).",
    "'phấn đấu' → target; 'dự kiến đầu tư thêm một dây chuyền ... với vốn 120 tỷ' → forecast (number word 'một').",
    "'Theo dự báo ..., giá trị monazit sẽ tăng từ 5 đến 7 lần' has no base amount: the multiple is the claim (range 5..7), forecast.",
]

if __name__ == "__main__":
    write("p1225-5", TEXT, NOTES, FIGS, published="2024-05-22", location="Bình Định")
