"""p1183-2: district portal (huyện Lục Ngạn, Bắc Giang), fruit-tree nurseries."""
from lib import fig, per, inh, chg, tgt, build

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN LỤC NGẠN - TỈNH BẮC GIANG
Trang chủ / Kinh tế / Nông nghiệp

Lục Ngạn phát triển vườn ươm cây ăn quả đạt chuẩn

Ngày 22/08/2024 | 15:20

Những năm gần đây, nghề sản xuất cây giống ăn quả ở Lục Ngạn phát triển mạnh, nhất là tại các xã dọc Quốc lộ 31. Toàn huyện hiện có 57 vườn ươm, trong đó 12 vườn đã được cấp giấy chứng nhận đủ điều kiện sản xuất, kinh doanh giống cây trồng.

7 tháng đầu năm, các vườn ươm xuất bán khoảng 1,35 triệu cây giống, bằng 61% cùng kỳ. Trong đó, cây vải ghép 520 nghìn cây, bưởi 410 nghìn cây, cam 250 nghìn cây, còn lại là nhãn, ổi, táo. Giá cây vải thiều ghép từ 15.000 đến 20.000 đồng/cây; bưởi Diễn ghép khoảng 25.000 đồng/cây, giảm 5.000 đồng so với năm 2023.

Gia đình anh Hoàng Văn Thắng ở thôn Kép 2, xã Hồng Giang là một trong những hộ làm vườn ươm lâu năm. Trên diện tích 0,8 ha, mỗi năm anh sản xuất khoảng 80.000 cây giống vải, bưởi, cam; trừ chi phí, thu lãi trên 400 triệu đồng. Vườn ươm của anh thường xuyên có 6 lao động, tiền công bình quân 5,5 triệu đồng/người/tháng.

Huyện hiện có 3 cây đầu dòng vải thiều và 2 vườn cây đầu dòng bưởi được công nhận, mỗi năm cung cấp hơn hai triệu mắt ghép cho các vườn ươm trong và ngoài tỉnh.

Năm 2025, huyện phấn đấu 100% cây giống ăn quả xuất vườn có nguồn gốc rõ ràng; dự kiến nâng số vườn ươm đạt chuẩn lên 20 vườn.

Thu Hà - Trung tâm Văn hóa, Thông tin và Thể thao huyện
"""

M7 = per("7 tháng đầu năm", "2024-01-01", "2024-07-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
FARM = "vườn ươm của anh Hoàng Văn Thắng"

FIGS = [
    fig("có 57 vườn ươm", "57", 57, "count", "vườn ươm", subject="vườn ươm cây giống ăn quả"),
    fig("12 vườn", "12", 12, "count", "vườn", total=57,
        subject="vườn ươm được cấp giấy chứng nhận đủ điều kiện sản xuất, kinh doanh giống cây trồng"),
    fig("khoảng 1,35 triệu", "1,35", 1_350_000, "count", "cây giống", approx="about", percent=61,
        subject="cây giống các vườn ươm xuất bán", period=M7),
    fig("ghép 520 nghìn", "520", 520_000, "count", "cây", total=1_350_000,
        subject="cây giống vải ghép xuất bán", period=inh(M7)),
    fig("bưởi 410 nghìn", "410", 410_000, "count", "cây", total=1_350_000,
        subject="cây giống bưởi xuất bán", period=inh(M7)),
    fig("cam 250 nghìn", "250", 250_000, "count", "cây", total=1_350_000,
        subject="cây giống cam xuất bán", period=inh(M7)),
    fig("từ 15.000 đến 20.000", "15.000", 15000, "money", "đồng/cây", value_max=20000,
        subject="giá cây vải thiều ghép"),
    fig("khoảng 25.000 đồng", "25.000", 25000, "money", "đồng/cây", approx="about",
        change=chg("decrease", 5000, "đồng", "năm 2023"), subject="giá cây bưởi Diễn ghép"),
    fig("diện tích 0,8 ha", "0,8", 0.8, "measure", "ha", subject=f"diện tích {FARM}"),
    fig("khoảng 80.000 cây", "80.000", 80000, "count", "cây giống", approx="about",
        subject="cây giống vải, bưởi, cam anh Thắng sản xuất mỗi năm"),
    fig("trên 400 triệu", "400", 400_000_000, "money", "đồng", approx="over",
        subject=f"lãi của {FARM} sau khi trừ chi phí"),
    fig("có 6 lao động", "6", 6, "count", "lao động", subject=f"lao động thường xuyên tại {FARM}"),
    fig("bình quân 5,5 triệu", "5,5", 5_500_000, "money", "đồng/người/tháng",
        subject=f"tiền công bình quân lao động {FARM}"),
    fig("có 3 cây đầu dòng", "3", 3, "count", "cây đầu dòng", subject="cây đầu dòng vải thiều được công nhận"),
    fig("2 vườn cây", "2", 2, "count", "vườn cây đầu dòng", subject="vườn cây đầu dòng bưởi được công nhận"),
    fig("hơn hai triệu", "hai", 2_000_000, "count", "mắt ghép", approx="over",
        subject="mắt ghép cây đầu dòng cung cấp mỗi năm"),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="tỷ lệ cây giống ăn quả xuất vườn có nguồn gốc rõ ràng", period=Y25),
    fig("lên 20 vườn", "20", 20, "count", "vườn", status="forecast",
        subject="vườn ươm đạt chuẩn", period=Y25),
]

NOTES = [
    "District portal (Lục Ngạn, Bắc Giang): fruit-tree nurseries. Dateline 'Ngày 22/08/2024 | 15:20'; byline at the end.",
    "Distractors: 'Quốc lộ 31', 'thôn Kép 2', time 15:20, 'một trong những' (not a number).",
    "Year-less '7 tháng đầu năm' takes 2024 from the dateline. 'bằng 61% cùng kỳ' is the share of 1,35 triệu (percent attribute).",
    "'giảm 5.000 đồng so với năm 2023' is the change of the bưởi price. 'hơn hai triệu mắt ghép' = number word with multiplier.",
    "'phấn đấu' governs 100%; the next clause after ';' has its own cue 'dự kiến' (forecast). District portal: location Lục Ngạn.",
    "Prices and the farm portrait are present / yearly: no period.",
]

if __name__ == "__main__":
    build("p1183-2", TEXT, NOTES, FIGS, published="2024-08-22", location="Lục Ngạn")
