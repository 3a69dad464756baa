"""p1295-5: Party newspaper (Báo Đồng Khởi, Bến Tre): headline, byline with time and date, sapo, tag '(ĐK) -', tags line."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO ĐỒNG KHỞI ĐIỆN TỬ
Kinh tế | Nông nghiệp - Nông thôn

Vú sữa Hoàng Kim "lên ngôi" ở Chợ Lách

Hữu Nghĩa - 07:30, 15/04/2024

Với giá bán cao gấp đôi vú sữa Lò Rèn, vú sữa Hoàng Kim đang mang lại cho nhiều nhà vườn ở Chợ Lách thu nhập hàng trăm triệu đồng mỗi năm.

(ĐK) - Theo Phòng Nông nghiệp và Phát triển nông thôn huyện Chợ Lách, đến cuối năm 2023, toàn huyện có 186 ha vú sữa Hoàng Kim, gấp 3 lần năm 2018, tập trung ở các xã Sơn Định, Vĩnh Bình, Phú Phụng. Năm 2023, diện tích cho trái khoảng 120 ha, sản lượng đạt hơn 1.900 tấn.

Vú sữa Hoàng Kim có vỏ vàng óng, cơm dày, ngọt thanh, trọng lượng trung bình 250-350 g/trái. Vườn trưởng thành cho năng suất 15-18 tấn/ha. Hiện giá vú sữa Hoàng Kim tại vườn từ 40.000 đến 45.000 đồng/kg, trong khi vú sữa Lò Rèn chỉ khoảng 20.000 đồng/kg.

Ông Huỳnh Văn Mười ở xã Sơn Định có 1,2 ha vú sữa Hoàng Kim. Năm 2023, ông thu hoạch hơn 16 tấn trái, trừ chi phí lãi trên 400 triệu đồng. "Mỗi năm tôi bán cho Công ty TNHH Trái cây Sao Mai khoảng 60% sản lượng để đóng thùng xuất đi Hà Lan và Dubai", ông Mười nói.

Theo ông Võ Thanh Tùng, Trưởng phòng Nông nghiệp và Phát triển nông thôn huyện, toàn huyện đã có 2 hợp tác xã và 5 tổ hợp tác trồng vú sữa Hoàng Kim với 143 thành viên. Huyện đặt mục tiêu đến năm 2025 mở rộng diện tích vú sữa Hoàng Kim lên 250 ha, trong đó 100 ha đạt chuẩn VietGAP.

Tags: vú sữa Hoàng Kim, Chợ Lách, cây ăn trái
"""

AS23 = per("đến cuối năm 2023", None, "2023-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("gấp đôi", "đôi", 2, "multiple", "lần", subject="giá bán vú sữa Hoàng Kim so với vú sữa Lò Rèn"),
    fig("hàng trăm triệu", "hàng trăm", 100e6, "money", "đồng/năm", approx="about",
        subject="thu nhập của nhà vườn mỗi năm"),
    fig("có 186 ha", "186", 186, "measure", "ha", change=chg("increase", 3, "lần", "năm 2018"),
        subject="diện tích vú sữa Hoàng Kim", period=AS23),
    fig("khoảng 120 ha", "120", 120, "measure", "ha", approx="about", subject="diện tích cho trái", period=Y23),
    fig("hơn 1.900 tấn", "1.900", 1900, "measure", "tấn", approx="over", subject="sản lượng vú sữa Hoàng Kim",
        period=Y23),
    fig("250-350 g/trái", "250", 250, "measure", "g/trái", value_max=350, subject="trọng lượng trung bình"),
    fig("15-18 tấn/ha", "15", 15, "measure", "tấn/ha", value_max=18, subject="năng suất vườn trưởng thành"),
    fig("từ 40.000 đến 45.000", "40.000", 40000, "money", "đồng/kg", value_max=45000,
        subject="giá vú sữa Hoàng Kim tại vườn"),
    fig("khoảng 20.000 đồng/kg", "20.000", 20000, "money", "đồng/kg", approx="about", subject="giá vú sữa Lò Rèn"),
    fig("có 1,2 ha", "1,2", 1.2, "measure", "ha", subject="diện tích vú sữa Hoàng Kim của ông Huỳnh Văn Mười"),
    fig("hơn 16 tấn", "16", 16, "measure", "tấn", approx="over", subject="trái vú sữa ông thu hoạch", period=Y23),
    fig("trên 400 triệu", "400", 400e6, "money", "đồng", approx="over", subject="lãi trừ chi phí", period=Y23),
    fig("khoảng 60%", "60", 60, "percent", "%", approx="about",
        subject="sản lượng bán cho Công ty TNHH Trái cây Sao Mai"),
    fig("có 2 hợp tác xã", "2", 2, "count", "hợp tác xã", subject="hợp tác xã trồng vú sữa Hoàng Kim"),
    fig("và 5 tổ", "5", 5, "count", "tổ hợp tác", subject="tổ hợp tác trồng vú sữa Hoàng Kim"),
    fig("với 143 thành viên", "143", 143, "count", "thành viên", subject="thành viên hợp tác xã và tổ hợp tác"),
    fig("lên 250 ha", "250", 250, "measure", "ha", status="target", subject="diện tích vú sữa Hoàng Kim", period=T25),
    fig("trong đó 100 ha", "100", 100, "measure", "ha", total=250, status="target",
        subject="diện tích vú sữa Hoàng Kim đạt chuẩn VietGAP", period=T25),
]

NOTES = [
    "Party newspaper (Báo Đồng Khởi, Bến Tre): byline 'Hữu Nghĩa - 07:30, 15/04/2024' (published), sapo, tag '(ĐK) -', tags line.",
    "Distractors: time 07:30, 'Huỳnh Văn Mười' and 'ông Mười' (a name), baseline 'năm 2018'.",
    "All figures are about huyện Chợ Lách (its communes and farmers) → location Chợ Lách.",
    "Sapo: 'giá bán cao gấp đôi vú sữa Lò Rèn' has no base amount: a multiple (2 lần) standing as the claim.",
    "'thu nhập hàng trăm triệu đồng mỗi năm' → number words 'hàng trăm' (about) × triệu = 1e8, rate đồng/năm.",
    "'đến cuối năm 2023' is an as-of date (end 2023-12-31); 'gấp 3 lần năm 2018' after 186 ha → change increase 3 lần.",
    "Standing facts (fruit weight, yield of mature orchards, 'Hiện' prices, the farm's 1,2 ha) get no period.",
    "'khoảng 60% sản lượng' in the quote is a percent figure of its own (no amount before it in its sentence).",
    "'mục tiêu đến năm 2025 ... 250 ha, trong đó 100 ha' → both targets, 100 ha has total 250.",
]

if __name__ == "__main__":
    write("p1295-5", TEXT, NOTES, FIGS, published="2024-04-15", location="Chợ Lách")
