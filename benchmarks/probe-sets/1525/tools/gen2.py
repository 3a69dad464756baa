"""p1525-2: district portal (huyện Yên Mỹ, Hưng Yên): a cooperative assembling mosquito lamps and swatters."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN MỸ - TỈNH HƯNG YÊN
Trang chủ | Tin tức | Kinh tế | Văn bản | Liên hệ

HTX Điện cơ Trung Hưng xuất xưởng gần nửa triệu đèn bắt muỗi năm 2023

Ngày đăng: 21/05/2024 | Tác giả: Minh Hằng

Hợp tác xã Điện cơ Trung Hưng (xã Trung Hưng) được thành lập năm 2016 với 9 thành viên. Hiện hợp tác xã có hai xưởng lắp ráp đèn bắt muỗi và vợt muỗi điện, thu hút gần ba chục hộ trong xã nhận gia công linh kiện tại nhà.

Năm 2023, hợp tác xã tiêu thụ 486.000 đèn bắt muỗi và 215.000 vợt muỗi điện; doanh thu đạt 38,4 tỷ đồng, tăng 21% so với năm 2022; lợi nhuận sau thuế 2,6 tỷ đồng. Hợp tác xã tạo việc làm thường xuyên cho 74 lao động, trong đó có 12 người khuyết tật, thu nhập từ 6 đến 9 triệu đồng/người/tháng.

Theo ông Phạm Văn Khải, Giám đốc hợp tác xã, mỗi chiếc đèn bắt muỗi của đơn vị có giá bán buôn khoảng 95.000 đồng, thấp hơn khoảng 20% so với hàng nhập khẩu cùng loại. Sản phẩm đèn bắt muỗi TH-02 đạt chứng nhận OCOP 3 sao năm 2022, hiện có mặt tại 23 tỉnh, thành phố.

4 tháng đầu năm 2024, hợp tác xã tiêu thụ hơn 160.000 sản phẩm, tăng 15% so với cùng kỳ. Năm nay, hợp tác xã phấn đấu doanh thu đạt 45 tỷ đồng và dự kiến tuyển thêm 20-25 lao động.

Toàn huyện hiện có 11 cơ sở sản xuất, lắp ráp thiết bị diệt côn trùng, tập trung ở các xã Trung Hưng, Tân Lập và Giai Phạm; giá trị sản xuất năm 2023 đạt khoảng 96 tỷ đồng, chiếm 3,2% giá trị sản xuất tiểu thủ công nghiệp của huyện.

Nguồn: Trung tâm Văn hóa, Thông tin và Thể thao huyện

Tin khác:
- Yên Mỹ tổ chức Ngày hội việc làm năm 2024
- Xã Giai Phạm đón Bằng công nhận xã nông thôn mới nâng cao

Địa chỉ: Số 8 đường Nguyễn Văn Linh, thị trấn Yên Mỹ, huyện Yên Mỹ, tỉnh Hưng Yên | Điện thoại: 0221.3967.215
"""

Y23h = per("năm 2023", "2023-01-01", "2023-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y16 = per("năm 2016", "2016-01-01", "2016-12-31")
M4 = per("4 tháng đầu năm 2024", "2024-01-01", "2024-04-30")
NOW = per("Năm nay", "2024-01-01", "2024-12-31")
Y23c = per("năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    fig("gần nửa triệu", "nửa", 500000, "count", "đèn bắt muỗi", approx="nearly",
        subject="đèn bắt muỗi HTX Điện cơ Trung Hưng xuất xưởng", period=Y23h),
    fig("với 9 thành viên", "9", 9, "count", "thành viên",
        subject="thành viên hợp tác xã khi thành lập", period=Y16),
    fig("có hai xưởng", "hai", 2, "count", "xưởng", subject="xưởng lắp ráp đèn bắt muỗi và vợt muỗi điện"),
    fig("gần ba chục hộ", "ba", 30, "count", "hộ", approx="nearly",
        subject="hộ trong xã nhận gia công linh kiện tại nhà"),
    fig("tiêu thụ 486.000 đèn", "486.000", 486000, "count", "đèn bắt muỗi",
        subject="đèn bắt muỗi hợp tác xã tiêu thụ", period=Y23),
    fig("215.000 vợt", "215.000", 215000, "count", "vợt muỗi điện",
        subject="vợt muỗi điện hợp tác xã tiêu thụ", period=Y23),
    fig("đạt 38,4 tỷ", "38,4", 38.4e9, "money", "đồng", change=chg("increase", 21, "%", "năm 2022"),
        subject="doanh thu của hợp tác xã", period=Y23),
    fig("thuế 2,6 tỷ", "2,6", 2.6e9, "money", "đồng", subject="lợi nhuận sau thuế", period=Y23),
    fig("cho 74 lao động", "74", 74, "count", "lao động",
        subject="lao động có việc làm thường xuyên tại hợp tác xã", period=inh(Y23)),
    fig("có 12 người", "12", 12, "count", "người", total=74,
        subject="người khuyết tật", period=inh(Y23)),
    fig("từ 6 đến 9 triệu", "6", 6e6, "money", "đồng/người/tháng", value_max=9e6,
        subject="thu nhập của lao động", period=inh(Y23)),
    fig("khoảng 95.000 đồng", "95.000", 95000, "money", "đồng/chiếc", approx="about",
        change=chg("decrease", 20, "%", "hàng nhập khẩu cùng loại", approx="about"),
        subject="giá bán buôn đèn bắt muỗi của hợp tác xã"),
    fig("tại 23 tỉnh", "23", 23, "count", "tỉnh, thành phố",
        subject="tỉnh, thành phố có sản phẩm đèn bắt muỗi TH-02", location="Việt Nam"),
    fig("hơn 160.000 sản phẩm", "160.000", 160000, "count", "sản phẩm", approx="over",
        change=chg("increase", 15, "%", "cùng kỳ"), subject="sản phẩm hợp tác xã tiêu thụ", period=M4),
    fig("đạt 45 tỷ", "45", 45e9, "money", "đồng", status="target", subject="doanh thu của hợp tác xã",
        period=NOW),
    fig("thêm 20-25 lao động", "20", 20, "count", "lao động", value_max=25, status="forecast",
        subject="lao động hợp tác xã tuyển thêm", period=NOW),
    fig("có 11 cơ sở", "11", 11, "count", "cơ sở",
        subject="cơ sở sản xuất, lắp ráp thiết bị diệt côn trùng"),
    fig("khoảng 96 tỷ", "96", 96e9, "money", "đồng", approx="about", percent=3.2,
        subject="giá trị sản xuất của các cơ sở sản xuất, lắp ráp thiết bị diệt côn trùng", period=Y23c),
]

NOTES = [
    "District portal (Yên Mỹ, Hưng Yên): banner, menu, 'Ngày đăng: 21/05/2024 | Tác giả', source line, 'Tin khác', address and phone footer.",
    "Distractors: 'Số 8 đường Nguyễn Văn Linh', phone 0221.3967.215, model 'TH-02', 'OCOP 3 sao năm 2022', founding year 2016, 'năm 2024' in a link.",
    "Number words: 'gần nửa triệu' = 500 000 (nearly), 'hai xưởng' = 2, 'gần ba chục hộ' = 30 (nearly).",
    "All figures are of the cooperative or the district: location Yên Mỹ (default); '23 tỉnh, thành phố' is a count of provinces: Việt Nam.",
    "'trong đó có 12 người khuyết tật' takes the whole 74 lao động. 'mỗi chiếc ... giá ... 95.000 đồng' → unit đồng/chiếc;",
    "'thấp hơn khoảng 20% so với hàng nhập khẩu' → change decrease 20 (about).",
    "'Năm nay' = 2024 (published); 'phấn đấu' → target; 'dự kiến tuyển thêm 20-25' → forecast (own clause).",
]

if __name__ == "__main__":
    write("p1525-2", TEXT, NOTES, FIGS, published="2024-05-21", location="Yên Mỹ")
