"""p1170-4: ministry site (Bộ Tài nguyên và Môi trường), national certificate coverage to end-2023."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Trang chủ > Tin tức > Đất đai

Cả nước đã cấp giấy chứng nhận đạt 97,4% diện tích cần cấp

Ngày đăng: 05/03/2024 | Lượt xem: 1.102

Theo báo cáo của Cục Đăng ký và Dữ liệu thông tin đất đai, tính đến ngày 31/12/2023, cả nước đã cấp khoảng 43,1 triệu giấy chứng nhận quyền sử dụng đất với tổng diện tích 24,6 triệu ha, đạt 97,4% diện tích các loại đất cần cấp.

Tỷ lệ cấp giấy theo các loại đất chính như sau: đất sản xuất nông nghiệp 96,8%, đất lâm nghiệp 98,1%, đất ở đô thị 96,2%, đất ở nông thôn 97,9% và đất chuyên dùng 89,5%.

Hiện 63/63 tỉnh, thành phố đã thành lập Văn phòng đăng ký đất đai một cấp với 705 chi nhánh ở cấp huyện. Cơ sở dữ liệu đất đai đã được xây dựng tại 382 đơn vị cấp huyện, trong đó 298 đơn vị đã đưa vào vận hành, phục vụ tra cứu trực tuyến.

Tuy nhiên, còn 6 địa phương có tỷ lệ cấp giấy đất chuyên dùng dưới 80%. Năm 2023, toàn ngành tiếp nhận hơn 8,2 triệu hồ sơ đăng ký biến động, tăng 4,7% so với năm 2022; tỷ lệ hồ sơ giải quyết đúng hạn đạt 96,3%. Hà Nội và TP Hồ Chí Minh lần lượt xếp thứ nhất và thứ hai về số hồ sơ, với 892.000 và 761.000 hồ sơ.

Năm 2024, Bộ đặt mục tiêu hoàn thành cấp giấy chứng nhận lần đầu đạt trên 98% diện tích và kết nối cơ sở dữ liệu đất đai của ít nhất 50 tỉnh, thành phố với Cơ sở dữ liệu quốc gia về dân cư.

Cổng thông tin điện tử Bộ Tài nguyên và Môi trường
Địa chỉ: Số 10 Tôn Thất Thuyết, quận Nam Từ Liêm, Hà Nội
Điện thoại: 024.37956868
"""

ASOF = per("tính đến ngày 31/12/2023", None, "2023-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
LIST = "tỷ lệ cấp giấy chứng nhận"
RANKED = "hồ sơ đăng ký biến động tiếp nhận"

FIGS = [
    fig("cấp giấy chứng nhận đạt 97,4%", "97,4", 97.4, "percent", "%",
        subject="tỷ lệ diện tích đã cấp giấy chứng nhận"),
    fig("khoảng 43,1 triệu", "43,1", 43.1e6, "count", "giấy chứng nhận", approx="about",
        subject="giấy chứng nhận quyền sử dụng đất đã cấp", period=ASOF),
    fig("24,6 triệu ha", "24,6", 24.6e6, "measure", "ha", percent=97.4,
        subject="diện tích đã cấp giấy chứng nhận", period=ASOF),
    fig("nông nghiệp 96,8%", "96,8", 96.8, "percent", "%", subject=f"{LIST} đất sản xuất nông nghiệp", period=inh(ASOF)),
    fig("lâm nghiệp 98,1%", "98,1", 98.1, "percent", "%", subject=f"{LIST} đất lâm nghiệp", period=inh(ASOF)),
    fig("đô thị 96,2%", "96,2", 96.2, "percent", "%", subject=f"{LIST} đất ở đô thị", period=inh(ASOF)),
    fig("nông thôn 97,9%", "97,9", 97.9, "percent", "%", subject=f"{LIST} đất ở nông thôn", period=inh(ASOF)),
    fig("chuyên dùng 89,5%", "89,5", 89.5, "percent", "%", subject=f"{LIST} đất chuyên dùng", period=inh(ASOF)),
    fig("63/63", "63", 63, "count", "tỉnh, thành phố", total=63,
        subject="tỉnh, thành phố đã thành lập Văn phòng đăng ký đất đai một cấp"),
    fig("705 chi nhánh", "705", 705, "count", "chi nhánh",
        subject="chi nhánh Văn phòng đăng ký đất đai ở cấp huyện"),
    fig("tại 382 đơn vị", "382", 382, "count", "đơn vị cấp huyện",
        subject="đơn vị cấp huyện đã xây dựng cơ sở dữ liệu đất đai"),
    fig("298 đơn vị", "298", 298, "count", "đơn vị", total=382,
        subject="đơn vị cấp huyện đã đưa cơ sở dữ liệu đất đai vào vận hành"),
    fig("còn 6 địa phương", "6", 6, "count", "địa phương",
        subject="địa phương có tỷ lệ cấp giấy đất chuyên dùng dưới 80%"),
    fig("dưới 80%", "80", 80, "percent", "%", approx="under", subject="tỷ lệ cấp giấy đất chuyên dùng",
        optional=True),
    fig("hơn 8,2 triệu", "8,2", 8.2e6, "count", "hồ sơ", approx="over",
        change=chg("increase", 4.7, "%", "năm 2022"), subject=RANKED, period=Y23),
    fig("đạt 96,3%", "96,3", 96.3, "percent", "%", subject="tỷ lệ hồ sơ giải quyết đúng hạn", period=Y23),
    fig("xếp thứ nhất", "nhất", 1, "rank", "hạng", subject="số hồ sơ đăng ký biến động",
        period=inh(Y23), location="Hà Nội"),
    fig("và thứ hai về", "hai", 2, "rank", "hạng", subject="số hồ sơ đăng ký biến động",
        period=inh(Y23), location="TP Hồ Chí Minh"),
    fig("với 892.000", "892.000", 892000, "count", "hồ sơ", subject=RANKED,
        period=inh(Y23), location="Hà Nội"),
    fig("761.000 hồ sơ", "761.000", 761000, "count", "hồ sơ", subject=RANKED,
        period=inh(Y23), location="TP Hồ Chí Minh"),
    fig("trên 98%", "98", 98, "percent", "%", approx="over", status="target",
        subject="tỷ lệ diện tích cấp giấy chứng nhận lần đầu", period=Y24),
    fig("ít nhất 50 tỉnh", "50", 50, "count", "tỉnh, thành phố", approx="at_least", status="target",
        subject="tỉnh, thành phố kết nối cơ sở dữ liệu đất đai với Cơ sở dữ liệu quốc gia về dân cư", period=Y24),
]

NOTES = [
    "Ministry site (Bộ TN&MT), national figures (location Việt Nam). 'Ngày đăng: 05/03/2024 | Lượt xem: 1.102', address/phone footer.",
    "Distractors: counter 1.102, 'Số 10 Tôn Thất Thuyết', phone 024.37956868, 'một cấp' (one-level office: a name, not a figure), 'Hà Nội' in the footer.",
    "'đạt 97,4% diện tích các loại đất cần cấp' is the share of the area 24,6 triệu ha (its percent); the headline 97,4% is a figure.",
    "Land-type list: each item a percent figure with the list indicator; as-of period inherited from the previous paragraph.",
    "'lần lượt xếp thứ nhất và thứ hai' = ranks 1, 2 written as words; Hà Nội / TP Hồ Chí Minh are locations. Period Năm 2023 inherited.",
    "'dưới 80%' is the threshold that defines the 6 provinces (optional).",
]

if __name__ == "__main__":
    write("p1170-4", TEXT, NOTES, FIGS, published="2024-03-05", location="Việt Nam")
